import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ContentSnapshot } from '../../site/src/loader/snapshot'

/**
 * The part of Payload's REST API a build reads, served from a content snapshot held in memory:
 * `GET /api/<collection>?locale=..&where[id][in]=..` (what an incremental build fetches), the same
 * without the id filter, page by page (what a build that fetches everything reads), the redirects
 * (read again whenever a document with pages of its own changes), the site settings, and the
 * organisations (one, the synthetic union). It stands in for the CMS of the synthetic
 * 10,000-document site, which has no database; `update` edits a document as a publish would.
 */
export type FakeCms = {
  url: string
  snapshot: ContentSnapshot
  /** Merges `changes` into the document `id` of `collection` in `locale`, as a published edit. */
  update: (
    collection: keyof ContentSnapshot['collections'],
    locale: string,
    id: number,
    changes: Record<string, unknown>,
  ) => void
  close: () => Promise<void>
}

const redirectsSlug = 'redirects'

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
    const collection = /^\/api\/([^/]+)$/.exec(url.pathname)?.[1]
    const all =
      collection === redirectsSlug
        ? (snapshot.redirects ?? [])
        : collection && collection in snapshot.collections
          ? (snapshot.collections[collection as keyof ContentSnapshot['collections']][locale as 'fi'] ?? [])
          : undefined
    if (!all) return send(404, { message: `the fake CMS does not serve ${url.pathname}` })
    const ids = url.searchParams.get('where[id][in]')
    if (ids) {
      const wanted = new Set(ids.split(',').map(Number))
      return send(200, { docs: all.filter((doc) => wanted.has((doc as { id: number }).id)), hasNextPage: false })
    }
    // A listing, page by page, as Payload answers `limit` and `page` (documents are kept sorted by id).
    const limit = Math.max(1, Number(url.searchParams.get('limit') ?? 10))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const docs = all.slice((page - 1) * limit, page * limit)
    send(200, { docs, hasNextPage: page * limit < all.length, totalDocs: all.length, page, limit })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    snapshot,
    update(collection, locale, id, changes) {
      const docs = snapshot.collections[collection][locale as 'fi']
      const index = docs?.findIndex((doc) => (doc as { id: number }).id === id) ?? -1
      if (!docs || index < 0) throw new Error(`the fake CMS has no ${collection} ${id} in ${locale}`)
      docs[index] = { ...(docs[index] as object), ...changes, updatedAt: new Date().toISOString() }
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Builds fetch with keep-alive; idle connections would hold close() open.
        server.closeAllConnections()
      }),
  }
}
