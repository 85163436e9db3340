import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { rebuildStatusSchema } from '@union/shared/messages/rebuildStatus'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { bearer, cmsOrigin, startTestService, type TestService, testSiteUrl, testToken } from './testService'

let service: TestService
beforeEach(async () => {
  service = await startTestService({ keep: 2 })
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await service.stop()
})

async function publish(marker: string): Promise<string> {
  vi.stubEnv('FAKE_BUILD_MARKER', marker)
  await service.sendWebhook({ collection: 'pages', id: marker })
  await service.queue.settled()
  const { live } = await service.status()
  return live!
}

test('status reports the live build, the queue and each build with its triggers, timing, pages and result', async () => {
  const live = await publish('one')
  const response = await service.control('/status', { headers: { origin: cmsOrigin } })
  expect(response.headers.get('access-control-allow-origin')).toBe(cmsOrigin)
  const status = await response.json()
  expect(status).toMatchObject({ live, building: null, queue: { state: 'idle', pending: [], nextBuildAt: null } })
  expect(status.builds).toHaveLength(1)
  const [build] = status.builds
  expect(build).toEqual({
    id: live,
    triggers: [
      {
        source: 'webhook',
        webhookId: expect.stringMatching(/^msg_/),
        receivedAt: expect.any(String),
        type: 'publish',
        collection: 'pages',
        id: 'one',
        at: expect.any(String),
      },
    ],
    startedAt: expect.any(String),
    durationMs: expect.any(Number),
    pages: 6,
    result: 'succeeded',
    error: null,
    // The first build has no previous one to start from: it renders every page.
    changedRoutes: null,
  })
  expect(status.siteUrl).toBe(testSiteUrl)
  expect(Date.parse(build.startedAt)).toBeLessThanOrEqual(Date.now())
})

test('a publish names its document (title per locale, collection), who published it, and the pages its build changed', async () => {
  await publish('first')
  await service.sendWebhook({
    collection: 'regional-networks',
    id: 7,
    titles: { fi: 'Kaakkois-Suomen verkosto', sv: 'Sydöstra Finlands nätverk' },
    publishedBy: 'Eeva Editor',
  })
  await service.sendWebhook({ collection: 'pages', id: 3, titles: { fi: 'Tietoa' }, scheduled: true })
  const waiting = rebuildStatusSchema.parse(await service.status())
  expect(waiting.queue.pending.map((trigger) => trigger.source === 'webhook' && trigger.publishedBy)).toEqual([
    'Eeva Editor',
    undefined,
  ])
  await service.queue.settled()

  const [build] = rebuildStatusSchema.parse(await service.status()).builds
  expect(build?.result).toBe('succeeded')
  expect(build?.triggers).toMatchObject([
    {
      collection: 'regional-networks',
      id: 7,
      titles: { fi: 'Kaakkois-Suomen verkosto', sv: 'Sydöstra Finlands nätverk' },
      publishedBy: 'Eeva Editor',
    },
    { collection: 'pages', id: 3, titles: { fi: 'Tietoa' }, scheduled: true },
  ])
  expect(build?.changedRoutes).toEqual(['/fi/regional-networks/7/', '/fi/pages/3/'])
})

test('GET /health answers 200 with the live build and the state of the queue, small enough to poll', async () => {
  const empty = await service.control('/health')
  expect(empty.status).toBe(200)
  expect(await empty.json()).toEqual({ ok: true, live: null, queue: { state: 'idle', pending: 0 } })
  const live = await publish('one')
  await service.sendWebhook({ collection: 'pages', id: 'two' })
  expect(await (await service.control('/health')).json()).toEqual({
    ok: true,
    live,
    queue: { state: 'waiting', pending: 1 },
  })
})

test('the admin may ask for /status across origins (CORS preflight)', async () => {
  const preflight = await service.control('/status', {
    method: 'OPTIONS',
    headers: { origin: cmsOrigin, 'access-control-request-method': 'GET' },
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe(cmsOrigin)
  expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
})

test('POST /rebuild with the token schedules a manual build; without it, 401', async () => {
  const refused = await service.control('/rebuild', { method: 'POST' })
  expect(refused.status).toBe(401)
  expect((await refused.json()).error).toMatch(/Authorization: Bearer <REBUILD_TOKEN>/)
  expect((await service.control('/rebuild', bearer('wrong'))).status).toBe(401)

  const accepted = await service.control('/rebuild', bearer())
  expect(accepted.status).toBe(202)
  await service.queue.settled()
  const [build] = (await service.status()).builds
  expect(build).toMatchObject({ result: 'succeeded', triggers: [{ source: 'manual' }] })
})

test('rollback switches the site back to a kept build; only kept successful builds qualify', async () => {
  const first = await publish('one')
  await publish('two')
  expect(await (await service.page('/')).text()).toContain('two')

  expect((await service.control(`/rollback/${first}`, { method: 'POST' })).status).toBe(401)
  const rolledBack = await service.control(`/rollback/${first}`, bearer(testToken))
  expect(rolledBack.status).toBe(200)
  expect(await rolledBack.json()).toMatchObject({ live: first })
  expect(await (await service.page('/')).text()).toContain('one')
  expect((await service.status()).live).toBe(first)

  const unknown = await service.control('/rollback/20200101T000000000Z-abcd', bearer())
  expect(unknown.status).toBe(404)
  expect((await unknown.json()).error).toMatch(/not a kept successful build/)
  expect((await service.control('/rollback/..%2F..%2Fetc', bearer())).status).toBe(404)
})

test('only the newest REBUILD_KEEP builds are kept; older ones can no longer be rolled back to', async () => {
  const first = await publish('one')
  await publish('two')
  await service.control(`/rollback/${first}`, bearer())
  const third = await publish('three')
  const fourth = await publish('four')

  const folders = (await readdir(join(service.sitesDir, 'builds'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  expect(folders).toEqual([third, fourth].sort())
  expect((await service.status()).builds.map((build) => build.id)).toEqual([fourth, third])
  expect((await service.control(`/rollback/${first}`, bearer())).status).toBe(404)
})
