import { collectionSlugs } from '@union/shared/collections'

/**
 * A short-lived cache of the public REST API's answers to anonymous readers, as a micro-caching
 * proxy in front of a CMS would keep them. Payload answers every request on the one thread of the
 * CMS process (measured: 8–11 ms each, so 50 readers queue for half a second; docs/benchmarks.md);
 * an anonymous reader gets the same published content as every other, so one answer serves all of
 * them for a few seconds.
 *
 * What keeps it correct:
 * - Only anonymous GETs (no Authorization header, no session cookie) of published content (the public
 *   collections, the site settings and organisations, not drafts, files, users or anything else) are cached, and
 *   only 200 answers. A logged-in editor always reaches Payload.
 * - Any write through the REST API that can change published content empties it once the write has
 *   answered (it is committed then); a draft save does not.
 * - A reader that must see what was committed a moment ago (the site build, after a publish webhook)
 *   sends `Cache-Control: no-cache` and always reaches Payload; its fresh answer replaces the cached one.
 * - Everything else, such as a scheduled publish by the jobs worker (another process), is at most
 *   `ttlMs` old.
 */
export type RouteHandler = (request: Request, context: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

type Entry = { storedAt: number; status: number; headers: [string, string][]; body: ArrayBuffer }

type Cache = { entries: Map<string, Entry>; generation: number }

const publicSlugs = new Set<string>(Object.values(collectionSlugs).filter((slug) => slug !== collectionSlugs.users))
const maxEntries = 2000

/**
 * One cache per process, on globalThis: Next may load the route's modules more than once (a bundle
 * per route, reloads in development), and every copy must read and empty the same cache.
 */
function processCache(): Cache {
  const key = Symbol.for('union.publicApiCache')
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>
  holder[key] ??= { entries: new Map(), generation: 0 }
  return holder[key]
}

/** Empties the cache; the next anonymous read of each address reaches Payload again. */
export function forgetPublicAnswers(): void {
  const cache = processCache()
  cache.entries.clear()
  cache.generation++
}

export function isCacheableRead(request: Request): boolean {
  if (request.method !== 'GET') return false
  if (request.headers.has('authorization') || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')) {
    return false
  }
  const url = new URL(request.url)
  if (url.searchParams.get('draft') === 'true') return false
  const [api, first, second, third] = url.pathname.split('/').filter(Boolean)
  if (api !== 'api' || !first) return false
  // /api/<collection> and /api/<collection>/<id>; not /api/media/file/… (files) or other endpoints.
  return publicSlugs.has(first) && third === undefined && second !== 'file'
}

/** The GET handler, answering anonymous reads of published content from the cache for `ttlMs`. */
export function cachingAnonymousReads(handler: RouteHandler, ttlMs: number): RouteHandler {
  if (ttlMs <= 0) return handler
  return async (request, context) => {
    if (!isCacheableRead(request)) return handler(request, context)
    const cache = processCache()
    const key = new URL(request.url).pathname + new URL(request.url).search
    const noCache = /no-cache|no-store|max-age=0/.test(request.headers.get('cache-control') ?? '')
    const cached = cache.entries.get(key)
    if (cached && !noCache && Date.now() - cached.storedAt < ttlMs) return answer(cached, 'HIT')
    const generation = cache.generation
    const response = await handler(request, context)
    if (response.status !== 200) return response
    const entry: Entry = {
      storedAt: Date.now(),
      status: response.status,
      headers: [...response.headers.entries()].filter(([name]) => name !== 'set-cookie'),
      body: await response.arrayBuffer(),
    }
    // A write that answered while this read ran may have changed what it read: keep nothing then.
    if (generation === cache.generation) {
      if (cache.entries.size >= maxEntries) cache.entries.delete(cache.entries.keys().next().value as string)
      cache.entries.set(key, entry)
    }
    return answer(entry, 'MISS')
  }
}

/**
 * A write handler (POST, PATCH, PUT, DELETE) that empties the cache once the write has answered,
 * unless it only saved a draft: Payload keeps a draft in the versions, and the published document
 * that anonymous readers get stays as it was. Editors' autosaves come every few seconds.
 */
export function forgettingOnWrite(handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const draftOnly = await savesDraftOnly(request)
    try {
      return await handler(request, context)
    } finally {
      if (!draftOnly) forgetPublicAnswers()
    }
  }
}

/**
 * `?draft=true` without publishing in the body; anything unreadable counts as a public change. The
 * admin sends its saves as multipart form data with the document as JSON in `_payload`.
 */
async function savesDraftOnly(request: Request): Promise<boolean> {
  if (request.method !== 'PATCH' && request.method !== 'POST') return false
  if (new URL(request.url).searchParams.get('draft') !== 'true') return false
  const type = request.headers.get('content-type') ?? ''
  try {
    const body: unknown = type.includes('application/json')
      ? await request.clone().json()
      : type.includes('multipart/form-data')
        ? JSON.parse(String((await request.clone().formData()).get('_payload')))
        : null
    return body !== null && typeof body === 'object' && (body as { _status?: unknown })._status !== 'published'
  } catch {
    return false
  }
}

function answer(entry: Entry, state: 'HIT' | 'MISS'): Response {
  const headers = new Headers(entry.headers)
  headers.set('X-Cache', state)
  return new Response(entry.body.slice(0), { status: entry.status, headers })
}
