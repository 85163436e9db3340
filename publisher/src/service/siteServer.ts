import { createReadStream, type Stats } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join, sep } from 'node:path'
import { contentTypeFor } from '@union/shared/contentTypes'
import { isLocaleCode } from '@union/shared/locales'
import sirv, { type RequestHandler } from 'sirv'
import type { SiteServerConfig } from './config'
import { Deploys } from './deploys'
import { closeServer, listen } from './listen'
import type { Logger } from './logger'
import { fileAt, resolvePage, sendText } from './pageFiles'
import { previewSite } from './previewSite'
import { previewPathPrefix } from './previewToken'
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
  const servePreview = previewSite(deploys.sitesDir)
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
    const url = new URL(request.url ?? '/', 'http://site.invalid')
    if (`${url.pathname}/`.startsWith(previewPathPrefix)) return servePreview(request, response, url)
    // Resolved once per request: a deploy switching `current` meanwhile cannot mix two builds.
    const root = await deploys.liveDir()
    if (url.pathname === '/.health') return sendHealth(response, root)
    if (!root) return sendText(response, 503, 'The site has not been built yet; it appears after the first build.\n')
    const page = await resolvePage(root, url.pathname)
    if (page.kind === 'malformed') return sendText(response, 400, `Malformed address: ${url.pathname}\n`)
    // An old address: the build's _redirects say where it is now (its page there is for hosts without them).
    const redirects = await redirectsOfBuild(root)
    const moved = redirectFor(redirects, url.pathname) ?? redirectFor(redirects, decodeURIComponent(url.pathname))
    if (moved) {
      const location = moved.to + url.search
      return sendText(response, moved.status, `Moved to ${location}\n`, { location })
    }
    if (page.kind === 'missing') return sendNotFound(response, root, page.pathname)
    if (page.kind === 'redirect') {
      const location = page.location + url.search
      return sendText(response, 301, `Moved to ${location}\n`, { location })
    }
    request.url = page.served
    filesOf(root)(request, response, () => sendNotFound(response, root, url.pathname))
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
