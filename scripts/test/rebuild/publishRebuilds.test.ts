import { expect, test, vi } from 'vitest'
import { freshServicePerTest } from './testService'

const service = freshServicePerTest()

test('before the first build the site answers 503, saying the site is not built yet', async () => {
  const response = await service().page('/')
  expect(response.status).toBe(503)
  expect(await response.text()).toMatch(/not been built yet/)
})

test('a signed publish webhook gets 202 at once, starts one build, and the site served at / changes', async () => {
  vi.stubEnv('FAKE_BUILD_MARKER', 'first edition')
  expect((await service().sendWebhook()).status).toBe(202)
  await service().queue.settled()
  expect(await (await service().page('/')).text()).toContain('first edition')

  vi.stubEnv('FAKE_BUILD_MARKER', 'second edition')
  const accepted = await service().sendWebhook({ type: 'unpublish', collection: 'regional-networks', id: 'abc' })
  expect(accepted.status).toBe(202)
  expect(await accepted.json()).toMatchObject({ queue: { state: 'waiting', pending: [{ id: 'abc' }] } })
  await service().queue.settled()
  expect(await (await service().page('/')).text()).toContain('second edition')
  expect(service().buildsStarted()).toHaveLength(2)
})

test('the site is served as static files: index pages, content types, redirects and the 404 pages', async () => {
  await service().sendWebhook()
  await service().queue.settled()

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
})
