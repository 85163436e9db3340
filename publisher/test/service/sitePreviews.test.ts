import { existsSync } from 'node:fs'
import { readdir, readlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PreviewAnswer } from '@union/shared/sitePreview'
import { expect, test, vi } from 'vitest'
import { previewPage } from '../../src/service/previewSite'
import {
  checkPreviewToken,
  newPreviewId,
  previewLifetimeMs,
  previewSecret,
  previewSecretFile,
  signPreviewToken,
} from '../../src/service/previewToken'
import { bearer, freshServicePerTest, testToken, waitUntil } from './testService'

const secret = Buffer.alloc(32, 7)
const otherSecret = Buffer.alloc(32, 8)
const editorCredential = 'JWT editor.session.token'

test('a preview token is valid with the key it was signed with, until it expires', () => {
  const id = newPreviewId()
  const now = Date.now()
  const token = signPreviewToken(secret, id, now + previewLifetimeMs)
  expect(checkPreviewToken(secret, token, now)).toEqual({ valid: true, previewId: id })
  expect(checkPreviewToken(secret, token, now + previewLifetimeMs - 1000)).toEqual({ valid: true, previewId: id })
  expect(checkPreviewToken(secret, token, now + previewLifetimeMs + 1000)).toEqual({ valid: false, reason: 'expired' })
})

test('a token signed with another key, for another preview, with a changed expiry or cut short is refused', () => {
  const id = newPreviewId()
  const expires = Date.now() + previewLifetimeMs
  const token = signPreviewToken(secret, id, expires)
  const [, seconds, signature] = token.split('.')
  expect(checkPreviewToken(otherSecret, token).valid).toBe(false)
  expect(checkPreviewToken(secret, `${newPreviewId()}.${seconds}.${signature}`)).toEqual({
    valid: false,
    reason: 'forged',
  })
  // Moving the expiry a day on does not make the preview live longer.
  expect(checkPreviewToken(secret, `${id}.${Number(seconds) + 86_400}.${signature}`)).toEqual({
    valid: false,
    reason: 'forged',
  })
  expect(checkPreviewToken(secret, `${id}.${seconds}.${signature!.slice(0, -2)}`).valid).toBe(false)
  expect(checkPreviewToken(secret, `${id}.${seconds}`)).toEqual({ valid: false, reason: 'malformed' })
  expect(checkPreviewToken(secret, `../builds.${seconds}.${signature}`)).toEqual({ valid: false, reason: 'malformed' })
  expect(checkPreviewToken(undefined, token)).toEqual({ valid: false, reason: 'forged' })
})

test('a previewed page says noindex and keeps its own links, styles and images inside the preview', () => {
  const html =
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"></head>' +
    '<body><a href="/sv/networks/">Nätverk</a><a href="https://example.org/">ut</a><a href="//cdn.example/x">cdn</a>' +
    '<img src="/_astro/i.webp" srcset="/_astro/i-320.webp 320w, /_astro/i-640.webp 640w"><form action="/sv/search/"></form></body></html>'
  const served = previewPage(html, '/_preview/tok')
  expect(served).toContain('<head><meta name="robots" content="noindex, nofollow"><meta charset="utf-8">')
  expect(served).toContain('href="/_preview/tok/_astro/a.css"')
  expect(served).toContain('href="/_preview/tok/sv/networks/"')
  expect(served).toContain('href="https://example.org/"')
  expect(served).toContain('href="//cdn.example/x"')
  expect(served).toContain('src="/_preview/tok/_astro/i.webp"')
  expect(served).toContain('srcset="/_preview/tok/_astro/i-320.webp 320w, /_preview/tok/_astro/i-640.webp 640w"')
  expect(served).toContain('action="/_preview/tok/sv/search/"')
})

const service = freshServicePerTest()

async function publish(marker: string): Promise<string> {
  vi.stubEnv('FAKE_BUILD_MARKER', marker)
  await service().sendWebhook({ collection: 'pages', id: 1 })
  await service().queue.settled()
  return (await service().status()).live!
}

function askForPreview(body: unknown = { collection: 'pages', id: 1, authorization: editorCredential }) {
  return service().control('/previews', {
    ...bearer(),
    headers: { authorization: `Bearer ${testToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** The preview's address on the test's site server (the service names it under its SITE_URL). */
const onTestSite = (url: string) => `${service().siteUrl}${new URL(url).pathname}`

test('a preview is built beside the live site from the editor credential and served with its token, noindex; the live site is untouched', async () => {
  const live = await publish('published text')
  vi.stubEnv('FAKE_BUILD_MARKER', 'draft text')
  const response = await askForPreview()
  expect(response.status, await response.clone().text()).toBe(200)
  const preview = (await response.json()) as PreviewAnswer
  expect(preview.url).toMatch(/^https:\/\/site\.example\/_preview\/[0-9a-f]{16}\.\d+\.[\w-]+\/$/)
  expect(Date.parse(preview.expiresAt) - Date.now()).toBeGreaterThan(previewLifetimeMs - 60_000)
  // The stand-in build names /fi/<collection>/<id>/ as the pages a change affects.
  expect(preview.pages).toEqual([`${preview.url}fi/pages/1/`])

  const page = await fetch(onTestSite(`${preview.url}sv/`))
  expect(page.status).toBe(200)
  expect(page.headers.get('x-robots-tag')).toContain('noindex')
  expect(page.headers.get('cache-control')).toContain('no-store')
  const html = await page.text()
  expect(html).toContain('draft text')
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
  expect(html).toContain(`<p class="authorization">${editorCredential}</p>`)
  const prefix = new URL(preview.url).pathname
  expect(html).toContain(`href="${prefix}_astro/site.css"`)
  const css = await fetch(onTestSite(`${preview.url}_astro/site.css`))
  expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  expect((await fetch(onTestSite(`${preview.url}.build/content.json`))).status).toBe(404)
  const withoutSlash = await fetch(onTestSite(preview.url.slice(0, -1)), { redirect: 'manual' })
  expect(withoutSlash.status).toBe(301)
  expect(withoutSlash.headers.get('location')).toBe(prefix)

  const publicPage = await (await service().page('/sv/')).text()
  expect(publicPage).toContain('published text')
  expect(publicPage).not.toContain('draft text')
  expect((await service().status()).live).toBe(live)
  expect(await readlink(join(service().sitesDir, 'current'))).toBe(join('builds', live))
  expect(await readdir(join(service().sitesDir, 'builds'))).not.toContain(prefix.split('/')[2]!.split('.')[0])
})

test('no token, a forged token, an expired token and an unknown preview get 403 with a short plain message', async () => {
  await publish('published text')
  const preview = (await (await askForPreview()).json()) as PreviewAnswer
  const token = new URL(preview.url).pathname.split('/')[2]!
  const [id] = token.split('.')
  const key = await previewSecret(service().sitesDir)
  const refusals = {
    'no token': '/_preview/',
    'no token, no slash': '/_preview',
    'a forged token': `/_preview/${signPreviewToken(otherSecret, id!, Date.now() + 60_000)}/sv/`,
    'an expired token': `/_preview/${signPreviewToken(key, id!, Date.now() - 1000)}/sv/`,
    'a token that is not one': '/_preview/hello/sv/',
  }
  for (const [what, path] of Object.entries(refusals)) {
    const response = await service().page(path)
    expect(response.status, what).toBe(403)
    expect(response.headers.get('content-type'), what).toBe('text/plain; charset=utf-8')
    expect(await response.text(), what).toMatch(/preview/i)
  }
  expect(await (await service().page(refusals['an expired token'])).text()).toMatch(/expired/)
  // Signed, but for a preview that was never built.
  const unknown = await service().page(`/_preview/${signPreviewToken(key, newPreviewId(), Date.now() + 60_000)}/sv/`)
  expect(unknown.status).toBe(404)
})

test('a preview needs the bearer token, a previewable document and the editor credential, and a live site to start from', async () => {
  const anonymous = await service().control('/previews', {
    method: 'POST',
    body: JSON.stringify({ collection: 'pages', id: 1, authorization: editorCredential }),
  })
  expect(anonymous.status).toBe(401)
  const beforeFirstBuild = await askForPreview()
  expect(beforeFirstBuild.status).toBe(409)
  expect(await beforeFirstBuild.text()).toMatch(/not been built yet/)
  await publish('published text')
  const contacts = await askForPreview({ collection: 'contacts', id: 1, authorization: editorCredential })
  expect(contacts.status).toBe(400)
  expect(((await contacts.json()) as { error: string }).error).toContain('"collection" must be one of')
  const noCredential = await askForPreview({ collection: 'pages', id: 1 })
  expect(noCredential.status).toBe(400)
  expect(((await noCredential.json()) as { error: string }).error).toContain('"authorization" must be')
  expect((await askForPreview({ collection: 'pages', id: 'one', authorization: editorCredential })).status).toBe(400)
})

test('a publish during a preview build goes live while the preview is still building; a second preview meanwhile is refused', async () => {
  await publish('published text')
  vi.stubEnv('FAKE_BUILD_MARKER', 'draft text')
  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '3000')
  const building = askForPreview()
  const previewsDir = join(service().sitesDir, 'previews')
  await waitUntil(
    'the preview build to start',
    async () => existsSync(previewsDir) && (await readdir(previewsDir)).length > 0,
  )
  expect((await askForPreview()).status).toBe(409)

  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '0')
  vi.stubEnv('FAKE_BUILD_MARKER', 'published during the preview')
  await service().sendWebhook({ collection: 'pages', id: 2 })
  await waitUntil('the publish to go live', async () =>
    (await (await service().page('/sv/')).text()).includes('published during the preview'),
  )
  const preview = await building
  expect(preview.status, 'the preview finished after the live build').toBe(200)
  const { url } = (await preview.json()) as PreviewAnswer
  expect(await (await fetch(onTestSite(`${url}sv/`))).text()).toContain('draft text')
  expect(await (await service().page('/sv/')).text()).toContain('published during the preview')
}, 20_000)

test('a failed preview build answers 422 with the reason and leaves no preview behind', async () => {
  await publish('published text')
  vi.stubEnv('FAKE_BUILD_FAIL', '1')
  const response = await askForPreview()
  expect(response.status).toBe(422)
  expect(await response.text()).toContain('failing on purpose')
  expect(await readdir(join(service().sitesDir, 'previews'))).toEqual([])
  expect(await (await service().page('/sv/')).text()).toContain('published text')
})

test('the preview key is made once, 64 hex digits, and a damaged key file is named', async () => {
  const sitesDir = service().sitesDir
  const key = await previewSecret(sitesDir)
  expect(key).toHaveLength(32)
  expect((await previewSecret(sitesDir)).equals(key)).toBe(true)
  await writeFile(previewSecretFile(sitesDir), 'not a key')
  await expect(previewSecret(sitesDir)).rejects.toThrow(/preview-secret is not a preview key/)
})
