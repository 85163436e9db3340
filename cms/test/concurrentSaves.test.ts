import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

/**
 * Several editors saving at once on a SQLite file in WAL mode, as the running CMS does. Each save is
 * a transaction; libsql runs SQLite on the event loop, so without queueing the saves of one process
 * the second writer would block the loop until "database is locked".
 */

let payload: Payload
let tokens: string[]

const editors = 5
const savesPerEditor = 20

beforeAll(async () => {
  payload = await startPayload({ sqlite: 'file' })
  tokens = []
  for (let editor = 0; editor < editors; editor += 1) {
    const { password } = await createUser(payload, `editor${editor}@example.org`, ['editor'])
    tokens.push(await login(payload, `editor${editor}@example.org`, password))
  }
})
afterAll(() => stopPayload(payload))

test(`${editors} editors × ${savesPerEditor} saves at once: no 500, no "database is locked", every 2xx stored`, async () => {
  // Each editor creates a network and then keeps editing it while creating contacts, all at once.
  const saves = tokens.flatMap((token, editor) =>
    Array.from({ length: savesPerEditor }, async (_, save) => {
      const name = `Verkosto ${editor}-${save}`
      const response =
        save % 2 === 0
          ? await rest(payload, '/regional-networks', {
              method: 'POST',
              token,
              body: { name, slug: `verkosto-${editor}-${save}`, region: 'oulu-area', _status: 'published' },
            })
          : await rest(payload, '/contacts', { method: 'POST', token, body: { name, _status: 'published' } })
      return { collection: save % 2 === 0 ? 'regional-networks' : 'contacts', name, ...response }
    }),
  )
  const results = await Promise.all(saves)

  const failures = results.filter((result) => result.status >= 300)
  expect(failures.map((failure) => `${failure.status} ${JSON.stringify(failure.body)}`)).toEqual([])
  expect(JSON.stringify(results)).not.toMatch(/database is locked|SQLITE_BUSY/i)
  for (const result of results) {
    const stored = await payload.findByID({
      collection: result.collection as 'contacts',
      id: result.body.doc.id,
      depth: 0,
    })
    expect(stored.name).toBe(result.name)
  }
  expect((await payload.count({ collection: 'regional-networks' })).totalDocs).toBe((editors * savesPerEditor) / 2)
  expect((await payload.count({ collection: 'contacts' })).totalDocs).toBe((editors * savesPerEditor) / 2)
})

test('edits of one document by several editors at once all answer 200 and the last one stands', async () => {
  const created = await rest(payload, '/regional-networks', {
    method: 'POST',
    token: tokens[0],
    body: { name: 'Yhteinen', slug: 'yhteinen', region: 'oulu-area', _status: 'published' },
  })
  const id = created.body.doc.id
  const edits = await Promise.all(
    tokens.map((token, editor) =>
      rest(payload, `/regional-networks/${id}`, { method: 'PATCH', token, body: { acronym: `E${editor}` } }),
    ),
  )
  expect(edits.map((edit) => edit.status)).toEqual(tokens.map(() => 200))
  const stored = await payload.findByID({ collection: 'regional-networks', id, depth: 0, draft: true })
  expect(tokens.map((_, editor) => `E${editor}`)).toContain(stored.acronym)
})
