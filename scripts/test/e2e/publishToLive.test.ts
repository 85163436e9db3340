/**
 * Publish-to-live, end to end, on the real system: a seeded CMS under `next dev`, the rebuild
 * service with the real Astro build, and the admin in headless Debian Chromium (system.ts starts
 * them on temporary folders and free ports). The rebuild service's own tests (../rebuild/) cover
 * the same rules with a stand-in build; these prove that the parts keep them together.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import { generateWebhookSecret, type WebhookPayload } from '@union/shared/webhooks'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { AdminBrowser } from './adminBrowser'
import { commandLine, processTree } from './childProcesses'
import { CmsRest } from './cmsRest'
import { fixtureContent } from './fixtureContent'
import { publicPage, servedSite, waitForPublicText } from './liveSite'
import { type E2eSystem, startSystem, stopStartedSystems } from './system'

const { network } = fixtureContent
const swedishNetworkPage = `/sv/natverk/${network.slug}/`
/** How long a publish may take to reach the public site: job queue (1 s), debounce (1.5 s) and a build. */
const publishToLiveMs = 90_000

let system: E2eSystem
let editor: CmsRest
let admin: CmsRest

beforeAll(async () => {
  system = await startSystem()
  editor = await CmsRest.logIn(system.cmsUrl, fixtureContent.editor)
  admin = await CmsRest.logIn(system.cmsUrl, fixtureContent.admin)
}, 600_000)

afterAll(stopStartedSystems, 60_000)

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`The system's last output:\n${system?.logTails()}`))
})

const networkPath = () => `/regional-networks/${system.prepared.networkId}`

type Delivery = { webhookId: string; payload: WebhookPayload; createdAt: string }

/** The CMS's log of webhook deliveries (admins only), newest first; `onlyAccepted`: those the receiver took. */
async function webhookDeliveries(onlyAccepted = false): Promise<{ docs: Delivery[]; totalDocs: number }> {
  const where = onlyAccepted ? '&where[ok][equals]=true' : ''
  return (await admin.get(`/webhook-deliveries?sort=-createdAt&limit=10&depth=0${where}`)) as {
    docs: Delivery[]
    totalDocs: number
  }
}

test('an editor saves a Swedish draft in the admin: nothing changes in public; publishing it goes live on /sv/ and the admin shows the build succeeded', async () => {
  const pageBefore = await publicPage(system.siteUrl, swedishNetworkPage)
  expect(pageBefore).toContain(network.swedishDescription)
  const newText = `Nätverkets nya beskrivning, skriven i webbläsaren ${Date.now()}.`
  const browser = await AdminBrowser.open(system.cmsUrl)
  try {
    await browser.logIn(fixtureContent.editor)
    await browser.openDocument('regional-networks', system.prepared.networkId, 'sv')
    // Opened before the publish: it must follow the build by itself.
    const siteBuilds = await browser.openSiteBuilds()
    const before = await system.rebuild.buildIds()
    const deliveriesBefore = (await webhookDeliveries()).totalDocs

    await browser.retypeRichText('description', newText)
    await expect
      .poll(async () => JSON.stringify(await editor.get(`${networkPath()}?locale=sv&draft=true&depth=0`)), {
        timeout: 30_000,
        message: 'autosave (every 2 s) should have saved the Swedish draft',
      })
      .toContain(newText)
    await system.rebuild.expectNoBuildSince(before, 'the editor only saved a draft')
    expect((await webhookDeliveries()).totalDocs, 'a draft save sends no webhook').toBe(deliveriesBefore)
    expect(await publicPage(system.siteUrl, swedishNetworkPage), 'the public page after a draft save').toBe(pageBefore)

    await browser.publish('regional-networks', system.prepared.networkId)
    const latencyMs = await waitForPublicText(system.siteUrl, swedishNetworkPage, newText, publishToLiveMs)
    console.info(`publish to live on ${swedishNetworkPage}: ${(latencyMs / 1000).toFixed(1)} s`)
    const [build] = await system.rebuild.waitForBuilds(
      before,
      'the build of the publish',
      (builds) => builds.length > 0,
    )
    expect(build).toMatchObject({
      result: 'succeeded',
      triggers: [
        { source: 'webhook', type: 'publish', collection: 'regional-networks', id: system.prepared.networkId },
      ],
    })

    // The Site builds view names the document by its title, the editor by name, and links to the changed page.
    const row = await siteBuilds.build(build!.id, 'succeeded')
    expect(row.live, 'the new build is marked live').toBe(true)
    expect(row.changes).toContain(network.swedishName)
    expect(row.changes, 'the change is named by title, not by id').not.toContain('regional-networks')
    expect(row.publishers).toContain(fixtureContent.editor.name)
    expect(row.pageLinks).toContain(`${system.siteUrl}${swedishNetworkPage}`)
  } finally {
    await browser.close()
  }
}, 600_000)

test('a forged, a stale and a replayed webhook reaching the running service each start no build', async () => {
  let [delivered] = (await webhookDeliveries(true)).docs
  // The service remembers ids for the 5 min a signature is valid; a fresh delivery keeps this test on its own.
  if (!delivered || Date.now() - Date.parse(delivered.createdAt) > 3 * 60_000) {
    const before = await system.rebuild.buildIds()
    await editor.patch(`${networkPath()}?locale=sv`, { _status: 'published' })
    await system.rebuild.waitForNextBuild(before, 'the build of a publish to replay')
    ;[delivered] = (await webhookDeliveries(true)).docs
  }
  expect(delivered, 'a webhook the CMS delivered').toBeDefined()
  const before = await system.rebuild.buildIds()
  const event: WebhookPayload = {
    type: 'publish',
    collection: 'regional-networks',
    id: system.prepared.networkId,
    at: new Date().toISOString(),
  }

  const forged = await system.rebuild.sendWebhook(event, { secret: generateWebhookSecret() })
  expect(forged.status, await forged.text()).toBe(401)
  const stale = await system.rebuild.sendWebhook(event, { timestamp: new Date(Date.now() - 10 * 60_000) })
  expect(stale.status, await stale.text()).toBe(400)
  const replayed = await system.rebuild.sendWebhook(delivered!.payload, { id: delivered!.webhookId })
  expect(replayed.status, await replayed.text()).toBe(409)

  await system.rebuild.expectNoBuildSince(before, 'only refused webhooks arrived')
}, 300_000)

test('a build killed mid-way leaves the previous site served byte for byte', async () => {
  const servedBefore = await servedSite(system.siteUrl, system.sitesDir)
  const before = await system.rebuild.buildIds()
  await system.rebuild.requestRebuild()
  const buildGroup = await siteBuildRunningAstro()
  // Into Astro's work, not at its very start (a full build takes Astro several seconds).
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  expect((await system.rebuild.status()).building, 'the build should still be running when it is killed').not.toBe(null)
  process.kill(-buildGroup, 'SIGKILL')

  const build = await system.rebuild.waitForNextBuild(before, 'the killed build to be recorded')
  expect(build.result).toBe('failed')
  expect(build.error).toContain('was killed by SIGKILL')
  expect(existsSync(join(system.sitesDir, 'builds', build.id)), "the killed build's folder is removed").toBe(false)
  expect(await servedSite(system.siteUrl, system.sitesDir)).toEqual(servedBefore)
}, 300_000)

test('a publish that breaks the content contract fails its build naming the document, and the previous site stays served byte for byte', async () => {
  const servedBefore = await servedSite(system.siteUrl, system.sitesDir)
  const before = await system.rebuild.buildIds()
  // Payload's `required` accepts a name of spaces; the site's contract (content-schemas) does not.
  await editor.patch(`${networkPath()}?locale=sv`, { name: '   ', _status: 'published' })

  const build = await system.rebuild.waitForNextBuild(before, 'the build of the contract-breaking publish')
  expect(build.result).toBe('failed')
  expect(build.error).toContain(`regional-networks id ${system.prepared.networkId}, locale "sv", field "name"`)
  expect(await servedSite(system.siteUrl, system.sitesDir)).toEqual(servedBefore)

  // The Site builds view says so in plain words first, naming the document and the field; the details wait behind a disclosure.
  const browser = await AdminBrowser.open(system.cmsUrl)
  try {
    await browser.logIn(fixtureContent.editor)
    const failure = await (await browser.openSiteBuilds()).failure(build.id)
    expect(failure.sentence).toContain(network.swedishName)
    expect(failure.sentence).toContain('"name"')
    expect(failure.sentence).not.toContain('build command')
    expect(failure.detailsOpen).toBe(false)
    expect(failure.details).toContain(build.error!.slice(0, 40))
  } finally {
    await browser.close()
  }
}, 300_000)

test('a burst of 20 publishes in a row gives at most 2 builds, and the last publish is live', async () => {
  const before = await system.rebuild.buildIds()
  const burst = Date.now()
  const text = (n: number) => `Skur ${burst}, publicering nummer ${n}.`
  for (let n = 1; n <= 20; n++) {
    await editor.patch(`${networkPath()}?locale=sv`, {
      name: network.swedishName,
      description: richTextFromParagraphs([text(n)]),
      _status: 'published',
    })
  }
  const burstMs = Date.now() - burst

  const webhooks = (builds: { triggers: { source: string }[] }[]) =>
    builds.flatMap((build) => build.triggers).filter((trigger) => trigger.source === 'webhook').length
  const builds = await system.rebuild.waitForBuilds(
    before,
    'builds covering the 20 publish webhooks',
    (all) => webhooks(all) >= 20,
  )
  console.info(`20 publishes in ${(burstMs / 1000).toFixed(1)} s gave ${builds.length} build(s)`)
  expect(webhooks(builds)).toBe(20)
  expect(
    builds.length,
    `20 publishes over ${burstMs} ms gave ${builds.length} builds: ${builds.map((build) => `${build.triggers.length} triggers`).join(', ')}`,
  ).toBeLessThanOrEqual(2)
  expect(builds.map((build) => build.result)).toEqual(builds.map(() => 'succeeded'))
  expect(await publicPage(system.siteUrl, swedishNetworkPage)).toContain(text(20))
}, 300_000)

/**
 * Waits until the site build the service runs has got as far as Astro, and returns the process
 * group of its build command (the service starts each build in a group of its own).
 */
async function siteBuildRunningAstro(timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  const servicePid = system.rebuildProcess.child.pid!
  while (Date.now() < deadline) {
    const tree = await processTree(servicePid)
    const commands = await Promise.all(tree.map(async ({ pid }) => ({ pid, command: await commandLine(pid) })))
    const shell = commands.find(({ command }) => command.startsWith('/bin/sh -c') && command.includes('build-site.ts'))
    const astro = commands.some(({ command }) => /\bastro(\.m?js)? build\b/.test(command))
    if (shell && astro) return shell.pid
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no site build reached "astro build" within ${timeoutMs / 1000} s`)
}
