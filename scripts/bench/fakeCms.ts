import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ContentSnapshot } from '../../site/src/loader/snapshot'

/**
 * The part of Payload's REST API an incremental build reads, served from a content snapshot held
 * in memory: `GET /api/<collection>?locale=..&where[id][in]=..`, the site settings, and the
 * organisations (one, the synthetic union).
 * It stands in for the CMS of the synthetic 10,000-document site, which has no database.
 */
export type FakeCms = { url: string; snapshot: ContentSnapshot; close: () => Promise<void> }

export async function startFakeCms(snapshot: ContentSnapshot): Promise<FakeCms> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake-cms.invalid')
    const locale = url.searchParams.get('locale') ?? 'fi'
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (url.pathname === '/api/organisations')
      return send(200, { docs: [{ id: 1, slug: 'synthetic', name: 'Synthetic union' }], hasNextPage: false })
    if (url.pathname === '/api/site-settings') {
      const settings = snapshot.siteSettings[locale as keyof ContentSnapshot['siteSettings']]
      return send(200, { docs: settings ? [settings] : [], hasNextPage: false })
    }
    const collection = /^\/api\/([^/]+)$/.exec(url.pathname)?.[1] as keyof ContentSnapshot['collections'] | undefined
    const ids = url.searchParams.get('where[id][in]')
    if (!collection || !ids) return send(404, { message: `the fake CMS serves only id queries, not ${url.pathname}` })
    const wanted = new Set(ids.split(',').map(Number))
    const docs = (snapshot.collections[collection]?.[locale as 'fi'] ?? []).filter((doc) =>
      wanted.has((doc as { id: number }).id),
    )
    send(200, { docs, hasNextPage: false })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    snapshot,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
