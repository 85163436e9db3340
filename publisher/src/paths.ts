import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root: builds run the site's Astro from <root>/site. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const siteDir = resolve(repoRoot, 'site')
