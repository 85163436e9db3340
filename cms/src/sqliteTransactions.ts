import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, Config } from 'payload'

type SqliteArgs = Parameters<typeof sqliteAdapter>[0]
type DatabaseAdapterResult = Config['db']

/** How long a save waits for another process (a seed, a backup) to finish writing, and for saves in this one. */
export const busyTimeoutMs = 10_000

/**
 * Transactions, WAL and a busy timeout for a SQLite file, so that a save that fails half-way leaves
 * nothing behind (the adapter's default is no transactions: a failed save kept its first inserts).
 *
 * An in-memory database gets none of them: libsql hands the client's connection to a transaction and
 * opens a new one for what follows, and a new connection to `:memory:` is a new, empty database. It
 * has no WAL either. Only the tests use it.
 */
export function transactionSettings(url: string): Partial<SqliteArgs> {
  if (!url.startsWith('file:')) return {}
  // Any object turns transactions on; drizzle's libsql session begins them IMMEDIATE whatever it says.
  return { transactionOptions: {}, wal: true, busyTimeout: busyTimeoutMs }
}

type TransactionalAdapter = BaseDatabaseAdapter & {
  client?: { execute: (sql: string) => Promise<unknown> }
  busyTimeout?: number
}

/**
 * One write transaction at a time in this process, the others queued in order.
 *
 * libsql runs SQLite synchronously on the event loop, so SQLite's own busy wait cannot help two saves
 * of one process: the waiting one blocks the loop, the holder can never commit, and the waiter fails
 * with "database is locked" when its timeout ends. Queueing here lets SQLite's busy timeout deal only
 * with other processes. It also sets that timeout on every transaction's connection: libsql gives each
 * transaction the client's connection and opens a fresh one (timeout 0) for whatever comes next, so
 * the timeout Payload sets once at connect time holds for the first transaction only.
 */
export function oneWriterAtATime(result: DatabaseAdapterResult): DatabaseAdapterResult {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args) as TransactionalAdapter
      if (!adapter.busyTimeout) return adapter
      const lock = writeLock(adapter.busyTimeout)
      const releases = new Map<string | number, () => void>()
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const release = async (id: Parameters<typeof commit>[0]) => {
        const settled = await id
        releases.get(settled)?.()
        releases.delete(settled)
      }
      adapter.beginTransaction = async (options) => {
        const unlock = await lock()
        try {
          await adapter.client?.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
          const id = await begin(options)
          if (id === null) unlock()
          else releases.set(id, unlock)
          return id
        } catch (error) {
          unlock()
          throw error
        }
      }
      adapter.commitTransaction = async (id) => {
        try {
          await commit(id)
        } finally {
          await release(id)
        }
      }
      adapter.rollbackTransaction = async (id) => {
        try {
          await rollback(id)
        } finally {
          await release(id)
        }
      }
      return adapter
    },
  }
}

/**
 * A first-come, first-served lock. A save that waits longer than `timeoutMs` fails with an error
 * saying why, rather than hanging: a hook that saves without passing `req` inside another save would
 * otherwise wait for itself forever.
 */
function writeLock(timeoutMs: number): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve()
  return () => {
    let unlock = () => {}
    const held = new Promise<void>((resolve) => {
      unlock = resolve
    })
    const turn = tail
    tail = tail.then(() => held)
    return new Promise((resolve, reject) => {
      let gaveUp = false
      const timer = setTimeout(() => {
        gaveUp = true
        reject(
          new Error(
            `Waited ${timeoutMs} ms for another save to finish writing to SQLite. A hook that saves inside a save must pass its \`req\`.`,
          ),
        )
      }, timeoutMs)
      turn.then(() => {
        // A save that gave up passes its turn on at once, so the queue behind it moves.
        if (gaveUp) return unlock()
        clearTimeout(timer)
        resolve(once(unlock))
      })
    })
  }
}

function once(action: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}
