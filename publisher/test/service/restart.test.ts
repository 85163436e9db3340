import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { Deploys } from '../../src/service/deploys'
import { bearer, startTestService, type TestService } from './testService'

const services: TestService[] = []
async function start(...args: Parameters<typeof startTestService>) {
  const service = await startTestService(...args)
  services.push(service)
  return service
}
afterEach(async () => {
  vi.unstubAllEnvs()
  for (const service of services.splice(0).reverse()) await service.stop()
})

async function buildFolders(sitesDir: string): Promise<string[]> {
  const entries = await readdir(join(sitesDir, 'builds'), { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

test('after a restart the same site is served, its builds can still be rolled back to, and half-done builds are cleared', async () => {
  const before = await start()
  for (const marker of ['the first edition', 'published before the restart']) {
    vi.stubEnv('FAKE_BUILD_MARKER', marker)
    await before.sendWebhook()
    await before.queue.settled()
  }
  const { live, builds } = await before.status()
  await before.close()
  // What a build interrupted by a crash leaves: a folder without a record.
  await mkdir(join(before.sitesDir, 'builds', '20990101T000000000Z-dead'))

  const after = await start({ sitesDir: before.sitesDir })
  expect(await (await after.page('/')).text()).toContain('published before the restart')
  expect((await after.status()).live).toBe(live)
  expect((await after.status()).builds).toEqual(builds)
  expect((await buildFolders(before.sitesDir)).sort()).toEqual(builds.map((build) => build.id).sort())

  const first = builds[1]!.id
  expect((await after.control(`/rollback/${first}`, bearer())).status).toBe(200)
  expect(await (await after.page('/')).text()).toContain('the first edition')
})

test('pruning never deletes the live build, however old it is', async () => {
  const service = await start()
  const ids: string[] = []
  for (const marker of ['one', 'two', 'three']) {
    vi.stubEnv('FAKE_BUILD_MARKER', marker)
    await service.sendWebhook()
    await service.queue.settled()
    ids.push((await service.status()).live!)
  }
  const deploys = new Deploys(service.sitesDir)
  await deploys.switchTo(ids[0]!)
  await deploys.prune(1)

  expect((await buildFolders(service.sitesDir)).sort()).toEqual([ids[0], ids[2]].sort())
  expect(await (await service.page('/')).text()).toContain('one')
})
