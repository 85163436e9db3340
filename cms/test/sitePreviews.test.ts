import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PreviewAnswer } from '@union/shared/sitePreview'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { ensureTestOrganisation, startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

/**
 * POST /api/site-previews: who may ask for a preview, and what the CMS passes to the rebuild
 * service (here a small HTTP server that records what it is asked and answers as the service does).
 */
type Received = { authorization: string | undefined; body: unknown }

const rebuildToken = 'cms-test-rebuild-token'
const answer: PreviewAnswer = {
  url: 'http://site.test/_preview/0123456789abcdef.2000000000.sig/',
  pages: ['http://site.test/_preview/0123456789abcdef.2000000000.sig/sv/'],
  expiresAt: new Date(2_000_000_000_000).toISOString(),
}
let received: Received[] = []
let service: Server
let payload: Payload
let pageId: number
const token: Record<'editor' | 'translator' | 'stranger', string> = { editor: '', translator: '', stranger: '' }

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = ''
  for await (const chunk of request) text += chunk
  return JSON.parse(text)
}

beforeAll(async () => {
  service = createServer(async (request, response) => {
    received.push({ authorization: request.headers.authorization, body: await readJson(request) })
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(answer))
  })
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
  // Read by cms/src/env.ts when the config is first imported (startPayload).
  process.env.REBUILD_URL = `http://127.0.0.1:${(service.address() as AddressInfo).port}`
  process.env.REBUILD_TOKEN = rebuildToken
  payload = await startPayload()
  const ours = await ensureTestOrganisation(payload)
  const other = await payload.create({ collection: 'organisations', data: { name: 'Toinen liitto', slug: 'toinen' } })
  const page = await payload.create({
    collection: 'pages',
    locale: 'sv',
    draft: true,
    data: { title: 'Utkast', tenant: ours, _status: 'draft' },
  })
  pageId = Number(page.id)
  for (const [name, roles, organisations] of [
    ['editor', ['editor'], [ours]],
    ['translator', ['translator'], [ours]],
    ['stranger', ['editor'], [other.id]],
  ] as const) {
    const email = `${name}@example.org`
    const { password } = await createUser(payload, email, [...roles], [...organisations])
    token[name] = await login(payload, email, password)
  }
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
  await new Promise((resolve) => service.close(resolve))
})

beforeEach(() => {
  received = []
})

/** In English: the messages' language follows the admin's, as the request states it. */
const askForPreview = (body: unknown, as?: string) =>
  rest(payload, '/site-previews', { method: 'POST', body, token: as, headers: { 'Accept-Language': 'en' } })

test("an editor's preview is asked of the rebuild service with its token and the editor's own session", async () => {
  const { status, body } = await askForPreview({ collection: 'pages', id: pageId }, token.editor)
  expect(status, JSON.stringify(body)).toBe(200)
  expect(body).toEqual(answer)
  expect(received).toEqual([
    {
      authorization: `Bearer ${rebuildToken}`,
      body: { collection: 'pages', id: pageId, authorization: `JWT ${token.editor}` },
    },
  ])
})

test('a translator, who reads drafts too, may preview a translation', async () => {
  const { status } = await askForPreview({ collection: 'pages', id: String(pageId) }, token.translator)
  expect(status).toBe(200)
  expect(received).toHaveLength(1)
})

test('nobody logged in, another organisation, a collection that is not a page and a bad id are refused before any build', async () => {
  const anonymous = await askForPreview({ collection: 'pages', id: pageId })
  expect(anonymous.status).toBe(401)
  const stranger = await askForPreview({ collection: 'pages', id: pageId }, token.stranger)
  expect(stranger.status).toBe(404)
  expect(stranger.body.error).toBe(`The collection pages has no document ${pageId} that you can read.`)
  const contacts = await askForPreview({ collection: 'contacts', id: 1 }, token.editor)
  expect(contacts.status).toBe(400)
  expect(contacts.body.error).toContain('The collection "contacts" cannot be previewed')
  const badId = await askForPreview({ collection: 'pages', id: 'first' }, token.editor)
  expect(badId.status).toBe(400)
  expect(badId.body.error).toContain('"id"')
  const missing = await askForPreview({ collection: 'pages', id: 999_999 }, token.editor)
  expect(missing.status).toBe(404)
  expect(received).toEqual([])
})

test('a rebuild service that does not answer gives 502 naming its address', async () => {
  const down = process.env.REBUILD_URL!
  await new Promise((resolve) => service.close(resolve))
  try {
    const { status, body } = await askForPreview({ collection: 'pages', id: pageId }, token.editor)
    expect(status).toBe(502)
    expect(body.error).toContain(down)
  } finally {
    await new Promise<void>((resolve) => service.listen(Number(new URL(down).port), '127.0.0.1', resolve))
  }
})
