/**
 * SIGTERM, as a supervisor or `docker stop` sends it: the service stops taking work, lets a
 * running build finish within REBUILD_SHUTDOWN_GRACE_MS or abandons it without touching the live
 * site, keeps what it accepted for the next start, and exits 0.
 */
import { readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { ServiceProcesses } from './serviceProcess'
import { waitUntil } from './testService'

let processes: ServiceProcesses | undefined
afterEach(async () => {
  await processes?.stop()
  processes = undefined
})

async function started(settings: Record<string, string>) {
  processes = await ServiceProcesses.create(settings)
  await processes.startSite()
  await processes.startRebuild()
  await processes.publish('first edition')
  await processes.waitUntilLive('first edition')
  return processes
}

test('SIGTERM during a build: new webhooks get 503, the build finishes and goes live, the process exits 0 and logs JSON lines in production', async () => {
  const service = await started({
    FAKE_BUILD_SLEEP_MS: '1500',
    REBUILD_SHUTDOWN_GRACE_MS: '20000',
    NODE_ENV: 'production',
  })
  const before = service.buildsStarted().length
  expect((await service.publish('second edition')).status).toBe(202)
  await waitUntil('the build to start', () => service.buildsStarted().length === before + 1)

  service.rebuild.child.kill('SIGTERM')
  await waitUntil('the service to refuse work', async () => (await service.publish('too late')).status === 503)
  const health = await fetch(`${service.controlUrl}/health`)
  expect(health.status).toBe(503)
  expect(await health.json()).toMatchObject({ ok: false, queue: { state: 'building' } })

  expect(await service.rebuild.exited).toEqual({ code: 0, signal: null })
  expect(await service.homePage()).toContain('second edition')
  const lines = service.rebuild.output().trim().split('\n')
  const entries = lines.map((line) => JSON.parse(line) as { level: string; service: string; msg: string })
  expect(entries.every((entry) => entry.service === 'rebuild' && typeof entry.msg === 'string')).toBe(true)
  expect(entries.map((entry) => entry.msg)).toContainEqual(expect.stringMatching(/^SIGTERM: shutting down/))
})

test('SIGTERM with a build longer than the grace: the build is abandoned, the live site untouched, and the next start builds what was accepted', async () => {
  const service = await started({ FAKE_BUILD_SLEEP_MS: '4000', REBUILD_SHUTDOWN_GRACE_MS: '300' })
  const live = await readlink(join(service.sitesDir, 'current'))
  const before = service.buildsStarted().length
  expect((await service.publish('second edition')).status).toBe(202)
  await waitUntil('the build to start', () => service.buildsStarted().length === before + 1)
  // Accepted during the build: it waits for the follow-up build, which shutdown does not start.
  expect((await service.publish('third edition', { id: 'kamut-again' })).status).toBe(202)

  const stopping = Date.now()
  service.rebuild.child.kill('SIGTERM')
  expect(await service.rebuild.exited).toEqual({ code: 0, signal: null })
  expect(Date.now() - stopping).toBeLessThan(3_000)
  expect(await readlink(join(service.sitesDir, 'current'))).toBe(live)
  expect(await service.homePage()).toContain('first edition')
  const folders = (await readdir(join(service.sitesDir, 'builds'), { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  )
  expect(folders.map((entry) => join('builds', entry.name))).toEqual([live])

  await service.startRebuild()
  await service.waitUntilLive('third edition')
  const [caughtUp] = (await service.status()).builds
  expect(caughtUp?.triggers.map((trigger) => trigger.source === 'webhook' && trigger.id)).toEqual([
    'kamut',
    'kamut-again',
  ])
})
