import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cachingAnonymousReads, forgettingOnWrite, type RouteHandler } from '../src/publicApiCache/anonymousReadCache'
import { startPayload, stopPayload } from './payload'
import { createUser, login } from './rest'

/** The REST route as cms/src/app/(payload)/api/[...slug]/route.ts wires it, over the real Payload. */
let payload: Payload
let restGet: RouteHandler
let restWrite: RouteHandler
let editorToken: string
let networkId: number
/** Long enough that no answer expires during a test on a busy machine, but for the one that waits for it. */
const ttlMs = 60_000
const shortTtlMs = 300
let shortLivedGet: RouteHandler

beforeAll(async () => {
  payload = await startPayload()
  const rest: RouteHandler = (request) => handleEndpoints({ config: payload.config, request })
  restGet = cachingAnonymousReads(rest, ttlMs)
  shortLivedGet = cachingAnonymousReads(rest, shortTtlMs)
  restWrite = forgettingOnWrite(rest)
  const editor = await createUser(payload, 'editor@example.org', ['editor'])
  editorToken = await login(payload, 'editor@example.org', editor.password)
  const network = await payload.create({
    collection: 'regional-networks',
    data: { name: 'Oulun verkosto', region: 'oulu-area', _status: 'published' },
    locale: 'fi',
  })
  networkId = network.id
})

afterAll(async () => {
  await stopPayload(payload)
})

async function get(path: string, headers: Record<string, string> = {}, handler = restGet) {
  const response = await handler(new Request(`http://localhost/api${path}`, { headers }), {
    params: Promise.resolve({}),
  })
  const text = await response.text()
  return { status: response.status, cache: response.headers.get('X-Cache'), body: text ? JSON.parse(text) : null }
}

const networkPath = () => `/regional-networks/${networkId}?locale=fi&depth=1&draft=false`

describe('the cache of anonymous public REST reads', () => {
  it('answers a repeated anonymous read from the cache, the same answer', async () => {
    const first = await get(networkPath())
    const second = await get(networkPath())
    expect(first).toMatchObject({ status: 200, cache: 'MISS', body: { name: 'Oulun verkosto' } })
    expect(second).toMatchObject({ status: 200, cache: 'HIT' })
    expect(second.body).toEqual(first.body)
  })

  it('shows a publish through REST to the next anonymous reader', async () => {
    await get(networkPath())
    const published = await restWrite(
      new Request(`http://localhost/api/regional-networks/${networkId}?locale=fi`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: JSON.stringify({ name: 'Oulun seudun verkosto', _status: 'published' }),
      }),
      { params: Promise.resolve({}) },
    )
    expect(published.status).toBe(200)
    expect(await get(networkPath())).toMatchObject({ cache: 'MISS', body: { name: 'Oulun seudun verkosto' } })
  })

  it('never answers a logged-in reader from it: an editor sees the draft, the public does not', async () => {
    await payload.update({
      collection: 'regional-networks',
      id: networkId,
      data: { name: 'Luonnos' },
      locale: 'fi',
      draft: true,
    })
    const editor = await get(`/regional-networks/${networkId}?locale=fi&draft=true`, {
      Authorization: `JWT ${editorToken}`,
    })
    expect(editor).toMatchObject({ cache: null, body: { name: 'Luonnos' } })
    const cookie = await get(networkPath(), { Cookie: `payload-token=${editorToken}` })
    expect(cookie.cache).toBeNull()
    expect((await get(networkPath())).body.name).toBe('Oulun seudun verkosto')
  })

  it('reaches Payload for a no-cache reader (the site build), whose fresh answer then serves the others', async () => {
    await get(networkPath())
    // A change that is not a REST write of this process, such as a scheduled publish by the jobs worker.
    await payload.update({
      collection: 'regional-networks',
      id: networkId,
      data: { name: 'Oulun alueen verkosto', _status: 'published' },
      locale: 'fi',
    })
    expect((await get(networkPath())).body.name).toBe('Oulun seudun verkosto')
    const fresh = await get(networkPath(), { 'Cache-Control': 'no-cache' })
    expect(fresh).toMatchObject({ cache: 'MISS', body: { name: 'Oulun alueen verkosto' } })
    expect(await get(networkPath())).toMatchObject({ cache: 'HIT', body: { name: 'Oulun alueen verkosto' } })
  })

  it("keeps its answers through an editor's draft save, which changes nothing public", async () => {
    const before = await get(networkPath())
    const saved = await restWrite(
      new Request(`http://localhost/api/regional-networks/${networkId}?locale=fi&draft=true&autosave=true`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: JSON.stringify({ name: 'Autotallennettu luonnos' }),
      }),
      { params: Promise.resolve({}) },
    )
    expect(saved.status).toBe(200)
    expect(await get(networkPath())).toMatchObject({ cache: 'HIT', body: before.body })
    // Payload agrees: past the cache, the public still gets the published name.
    expect((await get(networkPath(), { 'Cache-Control': 'no-cache' })).body.name).toBe(before.body.name)
  })

  it('keeps them through an autosave as the admin sends it (form data), and empties them when the admin publishes', async () => {
    const adminSave = (query: string, document: Record<string, unknown>) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify(document))
      return restWrite(
        new Request(`http://localhost/api/regional-networks/${networkId}?${query}`, {
          method: 'PATCH',
          headers: { Authorization: `JWT ${editorToken}` },
          body: form,
        }),
        { params: Promise.resolve({}) },
      )
    }
    const before = await get(networkPath())
    expect(
      (await adminSave('locale=fi&draft=true&autosave=true', { name: 'Lomakeluonnos', _status: 'draft' })).status,
    ).toBe(200)
    expect(await get(networkPath())).toMatchObject({ cache: 'HIT', body: before.body })
    expect(
      (await adminSave('locale=fi&draft=true', { name: 'Julkaistu lomakkeelta', _status: 'published' })).status,
    ).toBe(200)
    expect(await get(networkPath())).toMatchObject({ cache: 'MISS', body: { name: 'Julkaistu lomakkeelta' } })
  })

  it('lets an answer grow no older than its time to live', async () => {
    await get(networkPath(), { 'Cache-Control': 'no-cache' }, shortLivedGet)
    expect((await get(networkPath(), {}, shortLivedGet)).cache).toBe('HIT')
    await new Promise((resolve) => setTimeout(resolve, shortTtlMs + 100))
    expect((await get(networkPath(), {}, shortLivedGet)).cache).toBe('MISS')
  })

  it('keeps out what is not published content for everyone: drafts, users, files and failures', async () => {
    for (const path of [
      `/regional-networks/${networkId}?locale=fi&draft=true`,
      '/users/me',
      '/media/file/none.jpg',
      '/regional-networks/999999?locale=fi',
      '/health',
    ]) {
      await get(path)
      expect((await get(path)).cache, path).not.toBe('HIT')
    }
  })
})
