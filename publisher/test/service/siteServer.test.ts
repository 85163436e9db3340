import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, vi } from 'vitest'
import { bearer, freshServicePerTest } from './testService'

const service = freshServicePerTest()

async function publish(marker: string): Promise<string> {
  vi.stubEnv('FAKE_BUILD_MARKER', marker)
  await service().sendWebhook({ collection: 'pages', id: marker })
  await service().queue.settled()
  return (await service().status()).live!
}

test('before the first build the site answers 503, saying the site is not built yet, and so does its health', async () => {
  const response = await service().page('/')
  expect(response.status).toBe(503)
  expect(await response.text()).toMatch(/not been built yet/)
  const health = await service().page('/.health')
  expect(health.status).toBe(503)
  expect(await health.json()).toEqual({ ok: false, live: null })
})

test('the site is served as static files: index pages, content types, redirects and the 404 pages', async () => {
  const live = await publish('static')

  const home = await service().page('/fi/')
  expect(home.status).toBe(200)
  expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(await home.text()).toContain('<h1>Etusivu</h1>')
  expect(await (await service().page('/fi/verkostot/')).text()).toContain('<h1>Verkostot</h1>')

  const withoutSlash = await service().page('/fi/verkostot?sort=name')
  expect(withoutSlash.status).toBe(301)
  expect(withoutSlash.headers.get('location')).toBe('/fi/verkostot/?sort=name')

  const css = await service().page('/_astro/site.css')
  expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  expect(css.headers.get('cache-control')).toContain('immutable')
  expect((await service().page('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml')
  // Pagefind's search runs WebAssembly, which browsers only compile when sent as application/wasm.
  await writeFile(join(service().sitesDir, 'builds', live, 'pagefind.wasm'), Buffer.from([0, 97, 115, 109]))
  expect((await service().page('/pagefind.wasm')).headers.get('content-type')).toBe('application/wasm')

  const swedishMissing = await service().page('/sv/finns-inte/')
  expect(swedishMissing.status).toBe(404)
  expect(await swedishMissing.text()).toContain('Sidan hittades inte')
  const finnishMissing = await service().page('/fi/ei-ole/')
  expect(finnishMissing.status).toBe(404)
  expect(await finnishMissing.text()).toContain('Sivua ei löytynyt')

  expect((await service().page('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  // A build's own state (the content it was made from, for the next incremental build) is not served.
  expect((await service().page('/.build/content.json')).status).toBe(404)
  expect((await service().page('/fi/%2ebuild/')).status).toBe(404)
  expect((await fetch(`${service().siteUrl}/`, { method: 'POST' })).status).toBe(405)
  expect(await (await service().page('/.health')).json()).toEqual({ ok: true, live })
})

test('a page the browser has already gets 304 Not Modified while it is unchanged', async () => {
  await publish('cached')
  const first = await service().page('/fi/')
  const etag = first.headers.get('etag')
  expect(etag).toBeTruthy()
  const again = await fetch(`${service().siteUrl}/fi/`, { headers: { 'if-none-match': etag! } })
  expect(again.status).toBe(304)
})

test('a switch of `current` is served from the next request on, without a restart of the site server', async () => {
  const first = await publish('one')
  await publish('two')
  expect(await (await service().page('/fi/')).text()).toContain('two')
  expect((await service().control(`/rollback/${first}`, bearer())).status).toBe(200)
  expect(await (await service().page('/fi/')).text()).toContain('one')
})
