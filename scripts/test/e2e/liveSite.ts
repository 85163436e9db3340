import { createHash } from 'node:crypto'
import { readdir, readlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** What visitors get from the public site: the live build's id and the SHA-256 of every file as served. */
export type ServedSite = { liveBuild: string; files: Record<string, string> }

/**
 * Fetches every file of the live build through the site port, so a comparison covers the bytes
 * visitors receive, not only what lies on disk. Dot folders are a build's own state, never served.
 */
export async function servedSite(siteUrl: string, sitesDir: string): Promise<ServedSite> {
  const liveBuild = await readlink(join(sitesDir, 'current'))
  const root = join(sitesDir, liveBuild)
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep))
    .filter((segments) => !segments.some((segment) => segment.startsWith('.')))
    .map((segments) => `/${segments.map(encodeURIComponent).join('/')}`)
    .sort()
  const files: Record<string, string> = {}
  // A few at a time: the site port is the same small server visitors use.
  for (let start = 0; start < paths.length; start += 16) {
    await Promise.all(
      paths.slice(start, start + 16).map(async (path) => {
        const response = await fetch(`${siteUrl}${path}`)
        const body = Buffer.from(await response.arrayBuffer())
        files[path] = `${response.status} ${createHash('sha256').update(body).digest('hex')}`
      }),
    )
  }
  return { liveBuild, files }
}

/** The text of a public page, or fails naming the address and status. */
export async function publicPage(siteUrl: string, path: string): Promise<string> {
  const response = await fetch(`${siteUrl}${path}`)
  if (response.status !== 200) throw new Error(`GET ${siteUrl}${path} answered ${response.status}`)
  return response.text()
}

/** Polls a public page until it contains `text`; returns how long that took. */
export async function waitForPublicText(siteUrl: string, path: string, text: string, timeoutMs: number) {
  const started = Date.now()
  let last = ''
  while (Date.now() - started < timeoutMs) {
    last = await publicPage(siteUrl, path).catch((error: Error) => error.message)
    if (last.includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `${siteUrl}${path} did not show "${text}" within ${timeoutMs / 1000} s; its main text last read: ${mainText(last)}`,
  )
}

/** The visible text of a page's <main>, shortened, for failure messages. */
function mainText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400)
}
