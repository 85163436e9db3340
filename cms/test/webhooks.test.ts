import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { verifyWebhook } from '@union/shared/webhooks'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

const secret = `whsec_${Buffer.from('a-test-secret-of-32-bytes-length!').toString('base64')}`

/** A real HTTP receiver that records what arrives and answers with the status it is told to. */
type Received = { headers: IncomingHttpHeaders; body: string }
let received: Received[] = []
let answer = 202
let receiver: Server
let receiverUrl: string

let payload: Payload
let editorToken: string
let adminToken: string

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => {
      body += chunk
    })
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.writeHead(answer).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/publish`

  payload = await startPayload()
  const admin = await createUser(payload, 'admin@example.org', ['admin'])
  const editor = await createUser(payload, 'editor@example.org', ['editor'])
  adminToken = await login(payload, 'admin@example.org', admin.password)
  editorToken = await login(payload, 'editor@example.org', editor.password)
  await payload.create({
    collection: 'webhook-targets',
    data: { name: 'Rebuild service', url: receiverUrl, format: 'standard-webhooks', secret },
  })
})

afterAll(async () => {
  await stopPayload(payload)
  receiver.close()
})

beforeEach(() => {
  received = []
  answer = 202
})

/** Works the webhook queue as the running CMS does every second, and returns what newly arrived. */
async function deliver() {
  await payload.jobs.run({ queue: 'webhooks' })
  return received
    .splice(0)
    .map(({ headers, body }) => verifyWebhook(secret, headers as Record<string, string>, body)) as Record<
    string,
    unknown
  >[]
}

async function editorSaves(path: string, query: Record<string, string | boolean>, body: unknown) {
  const method = path.split('/').length > 2 ? 'PATCH' : 'POST'
  const response = await rest(payload, path, { method, query, body, token: editorToken })
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  return response.body.doc as { id: number }
}

describe('publish webhooks', () => {
  test('publishing sends one signed webhook naming the document; a draft save sends none', async () => {
    const draft = await editorSaves(
      '/regional-networks',
      { locale: 'fi', draft: true },
      {
        name: 'KaMuT',
        region: 'southern-finland',
        _status: 'draft',
      },
    )
    expect(await deliver()).toEqual([])

    await editorSaves(`/regional-networks/${draft.id}`, { locale: 'fi' }, { _status: 'published' })
    const [event, ...rest_] = await deliver()
    expect(rest_).toEqual([])
    expect(event).toMatchObject({ type: 'publish', collection: 'regional-networks', id: draft.id, locales: ['fi'] })

    await editorSaves(`/regional-networks/${draft.id}`, { locale: 'sv', draft: true }, { name: 'KaMuT sv' })
    expect(await deliver()).toEqual([])
  })

  test('the webhook names the document by its title in each locale and the editor who published it', async () => {
    await payload.update({
      collection: 'users',
      where: { email: { equals: 'editor@example.org' } },
      data: { name: 'Eeva Editori' },
    })
    const network = await editorSaves(
      '/regional-networks',
      { locale: 'fi' },
      { name: 'Pirkanmaan verkosto', region: 'southern-finland', _status: 'published' },
    )
    await deliver()
    await editorSaves(
      `/regional-networks/${network.id}`,
      { locale: 'sv' },
      { name: 'Birkalands nätverk', _status: 'published' },
    )
    const [event] = await deliver()
    expect(event).toMatchObject({
      type: 'publish',
      collection: 'regional-networks',
      id: network.id,
      titles: { fi: 'Pirkanmaan verkosto', sv: 'Birkalands nätverk' },
      publishedBy: 'Eeva Editori',
    })
    expect(event?.scheduled).toBeUndefined()

    // Without a name, the e-mail says who it was.
    const admin = await rest(payload, '/pages', {
      method: 'POST',
      query: { locale: 'fi' },
      body: { title: 'Ylläpidon sivu', _status: 'published' },
      token: adminToken,
    })
    expect(admin.status).toBe(201)
    expect(await deliver()).toMatchObject([{ titles: { fi: 'Ylläpidon sivu' }, publishedBy: 'admin@example.org' }])
  })

  test('a publish by the job queue at its scheduled time is announced as scheduled, not as the scheduling user', async () => {
    const draft = await editorSaves(
      '/pages',
      { locale: 'fi', draft: true },
      { title: 'Ajastettu tiedote', _status: 'draft' },
    )
    expect(await deliver()).toEqual([])
    const editor = await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } })
    // What Payload queues when an editor schedules a publish in the admin (its schedulePublish task).
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'pages', value: draft.id },
        user: { relationTo: 'users', value: editor.docs[0]!.id },
      },
    })
    await payload.jobs.run()
    const [event, ...others] = await deliver()
    expect(others).toEqual([])
    expect(event).toMatchObject({ type: 'publish', collection: 'pages', id: draft.id, scheduled: true })
    expect(event?.titles).toMatchObject({ fi: 'Ajastettu tiedote' })
    expect(event?.publishedBy).toBeUndefined()
  })

  test('unpublishing and deleting are announced', async () => {
    const page = await editorSaves('/pages', { locale: 'fi' }, { title: 'Tiedote', _status: 'published' })
    await deliver()
    await editorSaves(`/pages/${page.id}`, { locale: 'fi' }, { _status: 'draft' })
    expect(await deliver()).toMatchObject([{ type: 'unpublish', collection: 'pages', id: page.id }])
    const removed = await rest(payload, `/pages/${page.id}`, { method: 'DELETE', token: editorToken })
    expect(removed.status).toBe(200)
    expect(await deliver()).toMatchObject([{ type: 'delete', collection: 'pages', id: page.id }])
  })

  test('publishing the site settings is announced, with the organisation they are of', async () => {
    const response = await rest(payload, '/site-settings', {
      method: 'POST',
      query: { locale: 'fi' },
      body: { organisation: { name: 'JHL' }, _status: 'published' },
      token: editorToken,
    })
    expect(response.status).toBe(201)
    expect(await deliver()).toMatchObject([{ type: 'publish', collection: 'site-settings', organisation: 'test' }])
  })

  test('a failed delivery is logged for admins and retried later with the same webhook id', async () => {
    answer = 503
    await editorSaves(
      '/international-partners',
      { locale: 'fi' },
      {
        name: 'EPSU',
        kind: 'federation',
        scope: 'european',
        relationship: 'member-of',
        _status: 'published',
      },
    )
    await payload.jobs.run({ queue: 'webhooks' })
    expect(received).toHaveLength(1)
    const firstId = received[0]?.headers['webhook-id']

    const log = await rest(payload, '/webhook-deliveries', {
      query: { sort: '-createdAt', limit: 1 },
      token: adminToken,
    })
    expect(log.body.docs[0]).toMatchObject({
      ok: false,
      statusCode: 503,
      attempt: 1,
      event: expect.stringContaining('publish international-partners'),
    })
    expect((await rest(payload, '/webhook-deliveries', { token: editorToken })).status).toBe(403)

    answer = 202
    await new Promise((resolve) => setTimeout(resolve, 2500)) // the first backoff step is 2 s
    await payload.jobs.run({ queue: 'webhooks' })
    expect(received).toHaveLength(2)
    expect(received[1]?.headers['webhook-id']).toBe(firstId)
    const retried = await rest(payload, '/webhook-deliveries', {
      query: { sort: '-createdAt', limit: 1 },
      token: adminToken,
    })
    expect(retried.body.docs[0]).toMatchObject({ ok: true, statusCode: 202, attempt: 2 })
  })

  test('a CI target gets GitHub’s repository_dispatch request with its token', async () => {
    const ci = await payload.create({
      collection: 'webhook-targets',
      data: { name: 'CI', url: receiverUrl, format: 'github-repository-dispatch', secret: 'ghp_test-token' },
    })
    await editorSaves('/pages', { locale: 'fi' }, { title: 'Uutinen', _status: 'published' })
    await payload.jobs.run({ queue: 'webhooks' })
    const dispatch = received.find((request) => request.headers.authorization === 'Bearer ghp_test-token')
    expect(dispatch?.headers.accept).toBe('application/vnd.github+json')
    expect(JSON.parse(dispatch?.body ?? '{}')).toMatchObject({
      event_type: 'cms-publish',
      client_payload: { type: 'publish', collection: 'pages' },
    })
    await payload.delete({ collection: 'webhook-targets', id: ci.id })
  })

  test('target secrets are never read back, not even by admins', async () => {
    const targets = await rest(payload, '/webhook-targets', { token: adminToken })
    expect(targets.body.docs[0].name).toBe('Rebuild service')
    expect(targets.body.docs[0].secret).toBeUndefined()
    expect((await rest(payload, '/webhook-targets', { token: editorToken })).status).toBe(403)
  })
})
