import { createReadStream, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join, sep } from 'node:path'
import { contentTypeFor } from '@union/shared/contentTypes'
import { isLocaleCode } from '@union/shared/locales'
import sirv, { type RequestHandler } from 'sirv'
import type { SiteServerConfig } from './config'
import { Deploys } from './deploys'
import { closeServer, listen } from './listen'
import type { Logger } from './logger'
import { redirectFor, redirectsOf } from './redirectsFile'

export type SiteServer = {
  /** e.g. http://localhost:4321 */
  url: string
  close: () => Promise<void>
}

/**
 * The public site, in a process of its own (scripts/site-server.ts), so it stays up while the
 * rebuild service is down. In production a web server can serve SITES_DIR/current instead.
 */
export async function startSiteServer(config: SiteServerConfig, log: Logger): Promise<SiteServer> {
  const server = createServer(publicSite(new Deploys(config.sitesDir), log))
  const port = await listen(server, config.port, 'SITE_PORT')
  return { url: `http://localhost:${port}`, close: () => closeServer(server) }
}

/**
 * Serves the live build as static files: `/x/` is `x/index.html`, `/x` is `x` or `x.html` when
 * there is one and otherwise redirects to `/x/`, and a missing page gets the 404.html of its locale
 * folder (`/sv/…` → `sv/404.html`), else the site's root 404.html. sirv sends the files (ETag and
 * 304, ranges); this decides which file, and what a build's own state and a missing page get.
 * An address listed in the build's `_redirects` is answered with its status (301) and Location.
 * GET /.health answers whether a build is live (no page path starts with a dot).
 */
function publicSite(deploys: Deploys, log: Logger) {
  const redirectsOfBuild = redirectsOf()
  let filesOfBuild: { root: string; send: RequestHandler } | undefined
  /** sirv in dev mode looks each file up when asked, so it holds nothing of a build but its folder. */
  const filesOf = (root: string): RequestHandler => {
    if (filesOfBuild?.root !== root) {
      filesOfBuild = { root, send: sirv(root, { dev: true, etag: true, extensions: [], setHeaders }) }
    }
    return filesOfBuild.send
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Only GET and HEAD are served here.\n', { allow: 'GET, HEAD' })
    }
    // Resolved once per request: a deploy switching `current` meanwhile cannot mix two builds.
    const root = await deploys.liveDir()
    const url = new URL(request.url ?? '/', 'http://site.invalid')
    if (url.pathname === '/.health') return sendHealth(response, root)
    if (!root) return sendText(response, 503, 'The site has not been built yet; it appears after the first build.\n')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return sendText(response, 400, `Malformed address: ${url.pathname}\n`)
    }
    if (pathname.includes('\0')) return sendText(response, 400, `Malformed address: ${url.pathname}\n`)
    // Dot folders hold a build's own state (.build/: the content it was made from), not the site.
    // The URL parser has already resolved "." and ".." segments, so none is left to escape the root.
    if (pathname.split('/').some((segment) => segment.startsWith('.'))) return sendNotFound(response, root, pathname)
    // An old address: the build's _redirects say where it is now (its page there is for hosts without them).
    const redirects = await redirectsOfBuild(root)
    const redirect = redirectFor(redirects, url.pathname) ?? redirectFor(redirects, pathname)
    if (redirect) {
      const location = redirect.to + url.search
      return sendText(response, redirect.status, `Moved to ${location}\n`, { location })
    }

    const file = join(root, pathname)
    let served: string | undefined
    if (pathname.endsWith('/')) {
      if (await fileAt(join(file, 'index.html'))) served = `${url.pathname}index.html`
    } else {
      const exact = await statOrNull(file)
      if (exact?.isFile()) served = url.pathname
      else if (await fileAt(`${file}.html`)) served = `${url.pathname}.html`
      else if (exact?.isDirectory() && (await fileAt(join(file, 'index.html')))) {
        // Collapsed slashes: "//host/" in a Location would send the visitor to another site.
        const location = `${url.pathname}/`.replace(/\/{2,}/g, '/') + url.search
        return sendText(response, 301, `Moved to ${location}\n`, { location })
      }
    }
    if (!served) return sendNotFound(response, root, pathname)
    request.url = served
    filesOf(root)(request, response, () => sendNotFound(response, root, pathname))
  }

  async function sendNotFound(response: ServerResponse, root: string, pathname: string): Promise<void> {
    const locale = pathname.split('/')[1]
    const candidates = [...(isLocaleCode(locale) ? [join(root, locale, '404.html')] : []), join(root, '404.html')]
    for (const candidate of candidates) {
      const page = await fileAt(candidate)
      if (page) return sendNotFoundPage(response, candidate, page)
    }
    sendText(response, 404, `Not found: ${pathname}\n`)
  }

  function sendNotFoundPage(response: ServerResponse, file: string, stats: Stats): void {
    response.writeHead(404, {
      'content-type': contentTypeFor(file),
      'content-length': stats.size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    })
    if (response.req.method === 'HEAD') return void response.end()
    const stream = createReadStream(file)
    stream.on('error', (error) => {
      log.error(`could not read ${file}: ${error.message}`)
      // The status line is already sent; all that is left is to cut the response short.
      response.destroy()
    })
    stream.pipe(response)
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    serve(request, response).catch((error: unknown) => {
      const message = `could not serve ${request.url}: ${error instanceof Error ? error.message : String(error)}`
      log.error(message)
      if (response.headersSent) return void response.destroy()
      sendText(response, 500, `${message}\n`)
    })
  }
}

/** Our content types (one table, with wasm for Pagefind), not sirv's, and long caching only for hashed assets. */
function setHeaders(response: ServerResponse, pathname: string): void {
  response.setHeader('content-type', contentTypeFor(pathname))
  response.setHeader('x-content-type-options', 'nosniff')
  // Astro puts content-hashed assets in /_astro/; pages change with every publish.
  response.setHeader(
    'cache-control',
    pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  )
}

function sendHealth(response: ServerResponse, root: string | null): void {
  const live = root ? root.split(sep).pop() : null
  const text = `${JSON.stringify({ ok: live !== null, live })}\n`
  response.writeHead(live ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  response.end(text)
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

async function fileAt(path: string): Promise<Stats | null> {
  const stats = await statOrNull(path)
  return stats?.isFile() ? stats : null
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw error
  }
}
