/**
 * The issue this guards: a publish the service answered 202 to was lost when the service was
 * killed before it went live, and the public site went down with the service. Here the service is
 * a real process, killed with SIGKILL at each stage of a change's way to the live site and started
 * again with the same settings; the site server, a process of its own, keeps answering throughout.
 */
import { readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { isRunning, ServiceProcesses } from './serviceProcess'
import { waitUntil } from './testService'

let processes: ServiceProcesses | undefined
afterEach(async () => {
  await processes?.stop()
  processes = undefined
})

/** Both processes running, with the old description live, as before the editor publishes. */
async function withOldDescriptionLive(settings: Record<string, string> = {}) {
  processes = await ServiceProcesses.create(settings)
  await processes.startSite()
  await processes.startRebuild()
  await processes.publish('KaMuT: the old English description')
  await processes.waitUntilLive('KaMuT: the old English description')
  return processes
}

/** Lets a start's catch-up, and any build it would wrongly add, happen (debounce is 300 ms). */
const quietPeriod = () => new Promise((resolve) => setTimeout(resolve, 1_500))

test('killed while the change waits for its build: after the restart the change is live, built once', async () => {
  const service = await withOldDescriptionLive({ REBUILD_DEBOUNCE_MS: '1000' })
  const before = service.buildsStarted().length

  expect((await service.publish('KaMuT: the new English description')).status).toBe(202)
  expect((await service.status()).queue.state).toBe('waiting')
  await service.killRebuild()
  expect(service.buildsStarted()).toHaveLength(before)
  // The site is served by its own process: visitors still get the old page.
  expect(await service.homePage()).toContain('KaMuT: the old English description')

  await service.startRebuild()
  await service.waitUntilLive('KaMuT: the new English description')
  await quietPeriod()
  expect(service.buildsStarted()).toHaveLength(before + 1)
  const [build] = (await service.status()).builds
  expect(build).toMatchObject({ result: 'succeeded', triggers: [{ source: 'webhook', id: 'kamut' }] })
})

test('killed while the build runs: after the restart the leftover build is stopped and the change is built once more', async () => {
  const service = await withOldDescriptionLive({ FAKE_BUILD_SLEEP_MS: '1500' })
  const before = service.buildsStarted().length

  expect((await service.publish('KaMuT: the new English description')).status).toBe(202)
  await waitUntil('the build of the change to start', () => service.buildsStarted().length === before + 1)
  const interrupted = service.buildsStarted()[before]!
  await service.killRebuild()
  expect(await service.homePage()).toContain('KaMuT: the old English description')

  await service.startRebuild()
  // The killed service's build command outlived it; the new start stopped it.
  expect(await isRunning(interrupted.pid)).toBe(false)
  await service.waitUntilLive('KaMuT: the new English description')
  await quietPeriod()
  expect(service.buildsStarted()).toHaveLength(before + 2)
  const [caughtUp, killed] = (await service.status()).builds
  expect(killed).toMatchObject({ id: interrupted.buildId, result: 'failed' })
  expect(killed?.error).toMatch(/interrupted: the rebuild service stopped before this build went live/)
  expect(caughtUp).toMatchObject({ result: 'succeeded', triggers: [{ source: 'webhook', id: 'kamut' }] })
  expect((await service.status()).live).toBe(caughtUp?.id)
})

test('killed after the switch to the new build but before it was recorded: the restart takes it as live and builds nothing', async () => {
  // Test-only hold point between the switch of `current` and the build's record (config.ts).
  const service = await withOldDescriptionLive({ REBUILD_TEST_PAUSE_AFTER_SWITCH_MS: '3000' })
  const before = service.buildsStarted().length

  expect((await service.publish('KaMuT: the new English description')).status).toBe(202)
  await waitUntil('the build of the change to start', () => service.buildsStarted().length === before + 1)
  const { buildId } = service.buildsStarted()[before]!
  await waitUntil('`current` to point to the new build', async () => {
    return (await readlink(join(service.sitesDir, 'current'))) === join('builds', buildId)
  })
  const record = JSON.parse(await readFile(join(service.sitesDir, 'builds', `${buildId}.json`), 'utf8'))
  expect(record.result).toBe('building')
  await service.killRebuild()
  expect(await service.homePage()).toContain('KaMuT: the new English description')

  await service.startRebuild()
  await quietPeriod()
  expect(service.buildsStarted()).toHaveLength(before + 1)
  const status = await service.status()
  expect(status.live).toBe(buildId)
  expect(status.queue).toEqual({ state: 'idle', pending: [], nextBuildAt: null })
  expect(status.builds[0]).toMatchObject({ id: buildId, result: 'succeeded', pages: 6, error: null })
  expect(await service.homePage()).toContain('KaMuT: the new English description')
})

test('the public site keeps answering, from the live build, while the rebuild service is down', async () => {
  const service = await withOldDescriptionLive()
  await service.killRebuild()
  await expect(fetch(`${service.controlUrl}/health`)).rejects.toThrow()
  for (const path of ['/', '/fi/', '/sv/finns-inte/']) {
    const response = await fetch(`${service.siteUrl}${path}`)
    expect(response.status).toBe(path.includes('finns-inte') ? 404 : 200)
    expect(await response.text()).toContain('KaMuT: the old English description')
  }
})
