import { createReadStream, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, resolve, sep } from 'node:path'
import { contentTypeFor } from '@union/shared/contentTypes'
import { isLocaleCode } from '@union/shared/locales'

/**
 * Serves the live build as static files: `/x/` is `/x/index.html`, `/x` is `/x.html` when there is
 * one and otherwise redirects to `/x/`, and a missing page gets the 404.html of its locale folder
 * (`/sv/…` → `/sv/404.html`), else the site's root 404.html.
 */
export function staticSite(liveDir: () => Promise<string | null>, log: (line: string) => void) {
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Only GET and HEAD are served here.\n', { allow: 'GET, HEAD' })
    }
    // Resolved once per request: a deploy switching `current` meanwhile cannot mix two builds.
    const root = await liveDir()
    if (!root) return sendText(response, 503, 'The site has not been built yet; it appears after the first build.\n')
    const url = new URL(request.url ?? '/', 'http://site.invalid')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return sendText(response, 400, `Malformed address: ${url.pathname}\n`)
    }
    // Dot folders hold a build's own state (.build/: the content it was made from), not the site.
    if (pathname.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) {
      return sendNotFound(request, response, root, pathname)
    }
    const file = resolve(root, `.${pathname}`)
    if (pathname.includes('\0') || (file !== root && !file.startsWith(root + sep))) {
      return sendText(response, 400, `Address outside the site: ${url.pathname}\n`)
    }

    if (pathname.endsWith('/')) {
      const index = await fileAt(join(file, 'index.html'))
      if (index) return sendFile(request, response, log, 200, join(file, 'index.html'), index)
    } else {
      const exact = await statOrNull(file)
      if (exact?.isFile()) return sendFile(request, response, log, 200, file, exact)
      const page = await fileAt(`${file}.html`)
      if (page) return sendFile(request, response, log, 200, `${file}.html`, page)
      if (exact?.isDirectory() && (await fileAt(join(file, 'index.html')))) {
        // Collapsed slashes: "//host/" in a Location would send the visitor to another site.
        const location = `${pathname}/`.replace(/\/{2,}/g, '/') + url.search
        return sendText(response, 301, `Moved to ${location}\n`, { location })
      }
    }
    return sendNotFound(request, response, root, pathname)
  }

  async function sendNotFound(request: IncomingMessage, response: ServerResponse, root: string, pathname: string) {
    const locale = pathname.split('/')[1]
    const candidates = [...(isLocaleCode(locale) ? [join(root, locale, '404.html')] : []), join(root, '404.html')]
    for (const candidate of candidates) {
      const page = await fileAt(candidate)
      if (page) return sendFile(request, response, log, 404, candidate, page)
    }
    sendText(response, 404, `Not found: ${pathname}\n`)
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    serve(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy()
      const message = `could not serve ${request.url}: ${error instanceof Error ? error.message : String(error)}`
      log(message)
      sendText(response, 500, `${message}\n`)
    })
  }
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  log: (line: string) => void,
  status: number,
  file: string,
  stats: Stats,
) {
  const type = contentTypeFor(file)
  response.writeHead(status, {
    'content-type': type,
    'content-length': stats.size,
    'x-content-type-options': 'nosniff',
    // Astro puts content-hashed assets in /_astro/; pages change with every publish.
    'cache-control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (request.method === 'HEAD') return void response.end()
  const stream = createReadStream(file)
  stream.on('error', (error) => {
    log(`could not read ${file} for ${request.url}: ${error.message}`)
    // The status line is already sent; all that is left is to cut the response short.
    response.destroy()
  })
  stream.pipe(response)
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
