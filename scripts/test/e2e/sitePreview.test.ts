/**
 * Previews of drafts, end to end, on the real system (system.ts: a seeded CMS under `next dev`, the
 * rebuild service with the real Astro build, the site server) with the admin in headless Chromium:
 * an editor's Swedish draft is built into a private preview that shows it, behind a signed,
 * expiring address, while the public site, its search index and its sitemap stay as they were.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { previewSecret, signPreviewToken } from '../../../publisher/src/service/previewToken'
import { AdminBrowser } from './adminBrowser'
import { CmsRest } from './cmsRest'
import { fixtureContent } from './fixtureContent'
import { publicPage, type ServedSite, servedSite } from './liveSite'
import { type E2eSystem, startSystem, stopStartedSystems } from './system'

const { network } = fixtureContent
/** A preview renders the affected pages with Astro and indexes the site with Pagefind. */
const previewBuildMs = 300_000

let system: E2eSystem
let editor: CmsRest
let admin: AdminBrowser | undefined
const draftText = `Utkast som bara förhandsvisningen visar ${Date.now()}.`
/** Filled in by the first test: what the public saw before the draft, and the preview the editor got. */
let publicBefore: ServedSite
let previewPageUrl: string
let publicPath: string

beforeAll(async () => {
  system = await startSystem()
  editor = await CmsRest.logIn(system.cmsUrl, fixtureContent.editor)
  // The first start compiles the admin under `next dev`: minutes on a busy machine.
}, 900_000)

afterAll(async () => {
  await admin?.close()
  await stopStartedSystems()
}, 60_000)

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`The system's last output:\n${system?.logTails()}`))
})

test(
  'an editor saves a Swedish draft, clicks Preview, and the preview opens showing the draft, noindex',
  async () => {
    publicBefore = await servedSite(system.siteUrl, system.sitesDir)
    admin = await AdminBrowser.open(system.cmsUrl)
    const { page } = admin
    await admin.logIn(fixtureContent.editor)
    await admin.openDocument('regional-networks', system.prepared.networkId, 'sv')
    await admin.retypeRichText('description', draftText)
    await expect
      .poll(
        async () =>
          JSON.stringify(
            await editor.get(`/regional-networks/${system.prepared.networkId}?locale=sv&draft=true&depth=0`),
          ),
        { timeout: 30_000, message: 'autosave (every 2 s) should have saved the Swedish draft' },
      )
      .toContain(draftText)

    await page.locator('#action-site-preview').click()
    const result = page.locator('[data-testid="site-preview-result"]')
    await result.waitFor({ timeout: previewBuildMs })
    expect(await page.locator('[data-testid="site-preview-link"]').count(), (await result.textContent()) ?? '').toBe(1)
    // The document's own Swedish page, whatever the segment before its slug is called.
    const ownPage = page
      .locator('[data-testid="site-preview-page"]')
      .filter({ hasText: new RegExp(`^/sv/.*/${network.slug}/$`) })
    await expect.poll(() => ownPage.count()).toBe(1)
    const [opened] = await Promise.all([page.context().waitForEvent('page'), ownPage.click()])
    await opened.waitForLoadState()
    previewPageUrl = opened.url()
    publicPath = `/${new URL(previewPageUrl).pathname.split('/').slice(3).join('/')}`
    expect(previewPageUrl.startsWith(`${system.siteUrl}/_preview/`), previewPageUrl).toBe(true)
    expect(await opened.locator('main').textContent()).toContain(draftText)
    expect(await opened.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex')
    // The preview's styles come from the preview itself, not from the public site.
    const stylesheets = await opened
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    for (const href of stylesheets) expect(new URL(href).pathname.startsWith('/_preview/'), href).toBe(true)
    await opened.close()

    const served = await fetch(previewPageUrl)
    expect(served.status).toBe(200)
    expect(served.headers.get('x-robots-tag')).toContain('noindex')
  },
  previewBuildMs + 300_000,
)

test('an anonymous request with no token, an expired or an altered token gets 403', async () => {
  expect(previewPageUrl, 'the first test made a preview').toBeDefined()
  const token = new URL(previewPageUrl).pathname.split('/')[2]!
  const [previewId, expires, signature] = token.split('.')
  const key = await previewSecret(system.sitesDir)
  const expired = signPreviewToken(key, previewId!, Date.now() - 1000)
  const refused = {
    'no token': `${system.siteUrl}/_preview/`,
    'no token before the page': `${system.siteUrl}/_preview${publicPath}`,
    'an expired token': previewPageUrl.replace(token, expired),
    'a token with a later expiry': previewPageUrl.replace(token, `${previewId}.${Number(expires) + 3600}.${signature}`),
  }
  for (const [what, url] of Object.entries(refused)) {
    const response = await fetch(url)
    const text = await response.text()
    expect(response.status, `${what}: ${url}`).toBe(403)
    expect(response.headers.get('content-type'), what).toBe('text/plain; charset=utf-8')
    expect(text, what).not.toContain(draftText)
    expect(text.length, what).toBeLessThan(200)
  }
  expect(await (await fetch(refused['an expired token'])).text()).toMatch(/expired/)
})

test('the public page, the public search index and the sitemap do not have the draft; the preview has it', async () => {
  expect(publicPath, 'the first test made a preview').toBeDefined()
  const published = await publicPage(system.siteUrl, publicPath)
  expect(published).toContain(network.swedishDescription)
  expect(published).not.toContain(draftText)
  // Every file the public site serves (pages, Pagefind's index, sitemap.xml) is as it was before the draft.
  expect(await servedSite(system.siteUrl, system.sitesDir)).toEqual(publicBefore)
  const sitemap = await publicPage(system.siteUrl, '/sitemap.xml')
  expect(sitemap).not.toContain('_preview')
  expect(sitemap).not.toContain(draftText)

  const liveSearch = await pagefindText(join(system.sitesDir, 'current'))
  expect(liveSearch).toContain(network.swedishDescription)
  expect(liveSearch).not.toContain(draftText)
  const previewId = new URL(previewPageUrl).pathname.split('/')[2]!.split('.')[0]!
  // The same reading of the preview's own index finds the draft, so the check above can fail.
  expect(await pagefindText(join(system.sitesDir, 'previews', previewId))).toContain(draftText)
})

/** All of a built site's Pagefind index as text (its fragments and indexes are gzipped). */
async function pagefindText(site: string): Promise<string> {
  const folder = join(site, 'pagefind')
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const bytes = await readFile(join(entry.parentPath, entry.name))
        try {
          return gunzipSync(bytes).toString('utf8')
        } catch {
          return bytes.toString('utf8')
        }
      }),
  )
  return texts.join('\n')
}
