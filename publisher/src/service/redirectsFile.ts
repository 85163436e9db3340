import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The file a build writes its redirects to, at its root (Netlify and Cloudflare Pages read it too). */
export const redirectsFileName = '_redirects'

export type Redirects = Map<string, { to: string; status: number }>

/**
 * A build's `_redirects` (`from to [status]` per line, `#` comments), read once per build folder:
 * a build is never changed after it went live, only replaced by another.
 */
export function redirectsOf(): (root: string) => Promise<Redirects> {
  let cached: { root: string; redirects: Promise<Redirects> } | undefined
  return (root) => {
    if (cached?.root !== root) cached = { root, redirects: readRedirects(root) }
    return cached.redirects
  }
}

async function readRedirects(root: string): Promise<Redirects> {
  let text: string
  try {
    text = await readFile(join(root, redirectsFileName), 'utf8')
  } catch (error) {
    // A build of before redirects existed has none.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw error
  }
  const redirects: Redirects = new Map()
  for (const line of text.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/)
    if (!from || from.startsWith('#') || !to) continue
    redirects.set(from, { to, status: status ? Number.parseInt(status, 10) : 301 })
  }
  return redirects
}

/** The redirect for a requested path, with or without its trailing slash. */
export function redirectFor(redirects: Redirects, pathname: string): { to: string; status: number } | undefined {
  return redirects.get(pathname) ?? (pathname.endsWith('/') ? undefined : redirects.get(`${pathname}/`))
}
