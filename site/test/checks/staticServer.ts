import { createReadStream } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { contentTypeFor } from '@union/shared/contentTypes'
import type { BuiltSite } from './builtSite'
import { decodePathname, fileForUrlPath } from './sitePaths'

export type StaticServer = { origin: string; close(): Promise<void> }

/**
 * Serves the built site on 127.0.0.1 (a free port) the way a static host would: `/dir/` is
 * `dir/index.html`, unknown paths get the site's 404.html with status 404.
 */
export async function serveBuiltSite(site: BuiltSite): Promise<StaticServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const pathname = decodePathname(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = fileForUrlPath(site.files, pathname)
    const notFound = site.files.has('404.html') ? '404.html' : undefined
    const served = file ?? notFound
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`)
      return
    }
    response.writeHead(file ? 200 : 404, { 'content-type': contentTypeFor(served), 'cache-control': 'no-store' })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    createReadStream(join(site.distDir, served))
      .on('error', (error) => response.destroy(error))
      .pipe(response)
  })
  await listen(server)
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive connections from the browser would otherwise hold close() open.
        server.closeAllConnections()
      }),
  }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
}
