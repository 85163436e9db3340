import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export type HoldingProcess = { pid: number; command: string }

/**
 * The processes that have the SQLite database (or its -wal, -shm or -journal file) open, read from
 * /proc; null where there is no /proc to read (not Linux). A running CMS keeps its database open
 * for as long as it runs. Only processes this user may inspect are seen: run restore as the CMS's
 * user, or as root.
 */
export function processesHoldingDatabase(databaseFile: string): HoldingProcess[] | null {
  if (!existsSync('/proc/self/fd')) return null
  const dir = existsSync(dirname(databaseFile)) ? realpathSync(dirname(databaseFile)) : dirname(databaseFile)
  const name = basename(databaseFile)
  const wanted = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => join(dir, `${name}${suffix}`)))
  const holding: HoldingProcess[] = []
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const opened = readable(() => readdirSync(`/proc/${pid}/fd`)) ?? []
    const holds = opened.some((fd) => {
      const target = readable(() => readlinkSync(`/proc/${pid}/fd/${fd}`))
      return target !== null && wanted.has(target)
    })
    if (holds) holding.push({ pid: Number(pid), command: commandOf(pid) })
  }
  return holding
}

/** The program and its first argument only: later arguments may hold a password. */
function commandOf(pid: string): string {
  const argv = readable(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')) ?? []
  return argv.slice(0, 2).join(' ').trim()
}

/** Processes come and go, and other users' are closed to us: an unreadable entry is simply skipped. */
function readable<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}
