/**
 * The admin's Site builds endpoints against a real rebuild service (the service of
 * publisher/src/service with the stand-in build of its own tests): the status the panel parses, and
 * rolling the public site back, which only admins may do.
 */
import { rebuildStatusSchema } from '@union/shared/messages/rebuildStatus'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestService, type TestService, testToken } from '../../publisher/test/service/testService'
import { ensureTestOrganisation, startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

let service: TestService
let payload: Payload
let adminToken: string
let editorToken: string
let builds: string[]

beforeAll(async () => {
  service = await startTestService()
  // The CMS's token for the service's bearer endpoints, read when the config loads.
  process.env.REBUILD_TOKEN = testToken
  payload = await startPayload()
  const organisation = await ensureTestOrganisation(payload)
  // The organisation's site is built by the service its Standard Webhooks target points to.
  await payload.create({
    collection: 'webhook-targets',
    data: {
      name: 'Rebuild service',
      url: `${service.controlUrl}/webhooks/publish`,
      format: 'standard-webhooks',
      secret: service.secret,
      organisation,
    },
  })
  const admin = await createUser(payload, 'admin@example.org', ['admin'])
  const editor = await createUser(payload, 'editor@example.org', ['editor'])
  adminToken = await login(payload, 'admin@example.org', admin.password)
  editorToken = await login(payload, 'editor@example.org', editor.password)

  builds = []
  for (const id of [1, 2]) {
    await service.sendWebhook({ collection: 'pages', id, titles: { fi: `Sivu ${id}` }, publishedBy: 'Eeva' })
    await service.queue.settled()
    builds.push((await service.status()).live!)
  }
})

afterAll(async () => {
  delete process.env.REBUILD_TOKEN
  await stopPayload(payload)
  await service.stop()
})

test("an editor reads the organisation's build status, in the form the panel parses", async () => {
  const response = await rest(payload, '/site-builds/status', { token: editorToken })
  expect(response.status).toBe(200)
  const status = rebuildStatusSchema.parse(response.body)
  expect(status.organisation?.name).toBe('Testiliitto')
  expect(status.live).toBe(builds[1])
  expect(status.builds[0]?.triggers).toMatchObject([{ titles: { fi: 'Sivu 2' }, publishedBy: 'Eeva' }])
})

test('an editor may not roll the site back: 403, and the live build stays', async () => {
  const response = await rest(payload, `/site-builds/rollback/${builds[0]}`, { method: 'POST', token: editorToken })
  expect(response.status).toBe(403)
  // In Finnish, the admin's default language.
  expect(response.body.error).toMatch(/Vain ylläpitäjät/)
  expect((await service.status()).live).toBe(builds[1])
})

test('an anonymous request may not roll the site back either', async () => {
  const response = await rest(payload, `/site-builds/rollback/${builds[0]}`, { method: 'POST' })
  expect(response.status).toBe(403)
  expect((await service.status()).live).toBe(builds[1])
})

test('an admin rolls the site back to an earlier build; a build that is not kept is 404', async () => {
  const response = await rest(payload, `/site-builds/rollback/${builds[0]}`, { method: 'POST', token: adminToken })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  expect(response.body).toMatchObject({ live: builds[0], organisation: { name: 'Testiliitto' } })
  expect((await service.status()).live).toBe(builds[0])
  expect(await (await service.page('/')).text()).toContain(builds[0])

  const unknown = await rest(payload, '/site-builds/rollback/20200101T000000000Z-abcd', {
    method: 'POST',
    token: adminToken,
  })
  expect(unknown.status).toBe(404)
  expect((await service.status()).live).toBe(builds[0])
})

test("an editor who picks another organisation's site in the selector is refused (403)", async () => {
  const other = await payload.create({ collection: 'organisations', data: { name: 'Toinen liitto', slug: 'toinen' } })
  const outsider = await createUser(payload, 'outsider@example.org', ['editor'], [other.id])
  const token = await login(payload, 'outsider@example.org', outsider.password)
  const testOrganisation = await ensureTestOrganisation(payload)
  // The admin's organisation selector (a cookie) names an organisation the editor does not work for.
  const response = await rest(payload, '/site-builds/status', {
    token,
    headers: { cookie: `payload-tenant=${testOrganisation}` },
  })
  expect(response.status).toBe(403)
  expect(response.body.error).toMatch(/ei ole sinun/)
})
