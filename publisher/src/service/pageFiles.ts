import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'

/** Which file of a built site answers an address, as the site server and its previews resolve it. */
export type ResolvedPage =
  | { kind: 'malformed' }
  /** No such page; `pathname` is the decoded address, for the 404 page of its locale. */
  | { kind: 'missing'; pathname: string }
  /** A folder asked for without its slash: the address with it. */
  | { kind: 'redirect'; location: string }
  /** `served`: the file's address below the site's root (what sirv is asked for); `file`: its path. */
  | { kind: 'file'; served: string; file: string }

/**
 * `/x/` is `x/index.html`; `/x` is `x` or `x.html` when there is one, and otherwise a redirect to
 * `/x/` when that folder has an index. Any segment starting with a dot is missing: dot folders hold
 * a build's own state (.build/: the content it was made from), not the site. The URL parser has
 * already resolved "." and ".." segments, so none is left to escape the root.
 */
export async function resolvePage(root: string, urlPathname: string): Promise<ResolvedPage> {
  let pathname: string
  try {
    pathname = decodeURIComponent(urlPathname)
  } catch {
    return { kind: 'malformed' }
  }
  if (pathname.includes('\0')) return { kind: 'malformed' }
  if (pathname.split('/').some((segment) => segment.startsWith('.'))) return { kind: 'missing', pathname }
  const file = join(root, pathname)
  if (pathname.endsWith('/')) {
    const index = join(file, 'index.html')
    return (await fileAt(index)) ? { kind: 'file', served: `${urlPathname}index.html`, file: index } : missing(pathname)
  }
  const exact = await statOrNull(file)
  if (exact?.isFile()) return { kind: 'file', served: urlPathname, file }
  if (await fileAt(`${file}.html`)) return { kind: 'file', served: `${urlPathname}.html`, file: `${file}.html` }
  if (exact?.isDirectory() && (await fileAt(join(file, 'index.html')))) {
    // Collapsed slashes: "//host/" in a Location would send the visitor to another site.
    return { kind: 'redirect', location: `${urlPathname}/`.replace(/\/{2,}/g, '/') }
  }
  return missing(pathname)
}

const missing = (pathname: string): ResolvedPage => ({ kind: 'missing', pathname })

export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

export async function fileAt(path: string): Promise<Stats | null> {
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
