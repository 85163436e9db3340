import { existsSync } from 'node:fs'
import { readdir, readFile, readlink, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startTestService, type TestService, waitUntil } from './testService'

let service: TestService
let liveBytes: Map<string, Buffer>
const paths = ['/', '/fi/', '/sv/', '/_astro/site.css', '/404.html']

async function servedBytes(): Promise<Map<string, Buffer>> {
  const entries = await Promise.all(
    paths.map(async (path) => [path, Buffer.from(await (await service.page(path)).arrayBuffer())] as const),
  )
  return new Map(entries)
}

beforeEach(async () => {
  service = await startTestService()
  vi.stubEnv('FAKE_BUILD_MARKER', 'the good site')
  await service.sendWebhook()
  await service.queue.settled()
  liveBytes = await servedBytes()
  expect(liveBytes.get('/')?.toString()).toContain('the good site')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await service.stop()
})

async function expectGoodSiteStillLive(goodBuild: string) {
  expect(await servedBytes()).toEqual(liveBytes)
  expect(await readlink(join(service.sitesDir, 'current'))).toBe(join('builds', goodBuild))
  // Only the good build's folder is left: the broken one was removed.
  const folders = (await readdir(join(service.sitesDir, 'builds'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  expect(folders).toEqual([goodBuild])
}

test('a failing build leaves the previous site served byte for byte, and status says why it failed', async () => {
  const [good] = (await service.status()).builds
  vi.stubEnv('FAKE_BUILD_MARKER', 'the broken site')
  vi.stubEnv('FAKE_BUILD_FAIL', '1')
  await service.sendWebhook()
  await service.queue.settled()

  const { live, builds } = await service.status()
  expect(live).toBe(good?.id)
  expect(builds[0]).toMatchObject({ result: 'failed', pages: null })
  expect(builds[0]?.error).toMatch(/exited with code 1; last output:\nfake-site-build: failing on purpose/)
  await expectGoodSiteStillLive(good!.id)
})

test('a build killed mid-way leaves the previous site served byte for byte', async () => {
  const [good] = (await service.status()).builds
  vi.stubEnv('FAKE_BUILD_MARKER', 'the half-built site')
  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '10000')
  await service.sendWebhook()
  await waitUntil('the second build to start', () => service.buildsStarted().length === 2)
  const running = service.buildsStarted()[1]!
  // It has written its first page by now; the visitor still gets the good site.
  await waitUntil('the half-built index page', async () =>
    (await readdir(join(service.sitesDir, 'builds', running.buildId)).catch((): string[] => [])).includes('index.html'),
  )
  expect(await servedBytes()).toEqual(liveBytes)

  process.kill(running.pid, 'SIGKILL')
  await service.queue.settled()

  const { live, builds } = await service.status()
  expect(live).toBe(good?.id)
  expect(builds[0]).toMatchObject({ id: running.buildId, result: 'failed' })
  expect(builds[0]?.error).toMatch(/killed by SIGKILL|exited with code 137/)
  await expectGoodSiteStillLive(good!.id)
})

test('a build that outlives REBUILD_TIMEOUT_MS is stopped and counts as failed', async () => {
  await service.stop()
  service = await startTestService({ timeoutMs: 300 })
  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '10000')
  await service.sendWebhook()
  await service.queue.settled()
  const [build] = (await service.status()).builds
  expect(build).toMatchObject({ result: 'failed' })
  expect(build?.error).toMatch(/was stopped because it ran longer than 300 ms \(REBUILD_TIMEOUT_MS\)/)
  expect((await service.page('/')).status).toBe(503)
})

test('the next build starts from a copy of the live one made after its deploy; the live files are never written into', async () => {
  const live = (await service.status()).live!
  const liveFile = (path: string) => join(service.sitesDir, 'builds', live, path)
  // Made in the background after the deploy: every file of the live build, hard-linked.
  const copy = join(service.sitesDir, 'next', live)
  expect((await stat(join(copy, 'sv', 'index.html'))).ino).toBe((await stat(liveFile('sv/index.html'))).ino)
  const before = await readFile(liveFile('index.html'))

  vi.stubEnv('FAKE_BUILD_MARKER', 'the next site')
  await service.sendWebhook({ collection: 'pages', id: 7 })
  await service.queue.settled()
  const next = (await service.status()).live!
  expect(next).not.toBe(live)
  // The new build took the copy (it is gone) and replaced the files it wrote.
  expect(existsSync(copy)).toBe(false)
  expect((await service.page('/')).status).toBe(200)
  expect(await (await service.page('/')).text()).toContain('the next site')
  // The previous build, still kept for rollback, is byte for byte as it was.
  expect(await readFile(liveFile('index.html'))).toEqual(before)
  // And the build after that will start from a copy of the new live build.
  expect(existsSync(join(service.sitesDir, 'next', next))).toBe(true)
})
