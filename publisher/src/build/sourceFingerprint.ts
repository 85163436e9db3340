import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/**
 * What the pages are made with, as one hash: the site's templates and code, the content schemas,
 * the shared helpers, the publisher's build (how pages are assembled and indexed), the site's configuration and the lockfile (Astro's version), and the public
 * address. A build whose fingerprint differs from the previous one's renders every page.
 */
export const fingerprintSources = [
  'site/src',
  'site/public',
  'site/astro.config.ts',
  'site/package.json',
  'content-schemas/src',
  'shared/src',
  'publisher/src/build',
  'pnpm-lock.yaml',
]

export async function sourceFingerprint(repoRoot: string, siteUrl: string): Promise<string> {
  const hash = createHash('sha256').update(`SITE_URL=${siteUrl}\n`)
  for (const source of fingerprintSources) {
    const path = join(repoRoot, source)
    if (!existsSync(path)) continue
    for (const file of await filesUnder(path)) hash.update(`${relative(repoRoot, file)}\n`).update(await readFile(file))
  }
  return hash.digest('hex')
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return null
      throw error
    },
  )
  if (entries === null) return [path]
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
