import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { type DefaultTreeAdapterTypes, parse } from 'parse5'
import { type PageFacts, readPageFacts } from './pageFacts'

/**
 * The files of a built site, listed once and shared by the checks. File paths are relative to
 * `distDir` with `/` separators, as they appear in URLs.
 */
export type BuiltSite = {
  distDir: string
  files: ReadonlySet<string>
  /** Every `*.html` page, sorted; the links check follows these, redirect stubs included. */
  pages: readonly string[]
  /** The pages people read: `pages` without Astro's redirect stubs. HTML, axe and lang check these. */
  contentPages(): readonly string[]
  /** The page freshly parsed, with source locations (trees are large, so they are not kept). */
  document(page: string): DefaultTreeAdapterTypes.Document
  /** The page's lang, ids, alternates…, read once and remembered. */
  facts(page: string): PageFacts
}

// Pagefind writes its search UI and index here: a dependency's output, not our pages.
const pagefindFolder = 'pagefind/'

export function readBuiltSite(distDir: string): BuiltSite {
  if (!existsSync(distDir))
    throw new Error(`No built site at ${distDir}: build the site first (pnpm --filter @union/site build)`)
  const files = listFiles(distDir)
  const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith(pagefindFolder)).sort()
  const facts = new Map<string, PageFacts>()
  const site: BuiltSite = {
    distDir,
    files: new Set(files),
    pages,
    contentPages: () => pages.filter((page) => !site.facts(page).isRedirectStub),
    document: (page) => parse(readFileSync(join(distDir, page), 'utf8'), { sourceCodeLocationInfo: true }),
    facts(page) {
      let pageFacts = facts.get(page)
      if (!pageFacts) {
        pageFacts = readPageFacts(site.document(page))
        facts.set(page, pageFacts)
      }
      return pageFacts
    },
  }
  return site
}

function listFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}
