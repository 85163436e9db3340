import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BuildManifest } from '@union/shared/messages/buildManifest'
import * as pagefind from 'pagefind'
import { inParallel, linkTree, searchIndexFolder } from './assembleSite'

/**
 * The site's search index, in shards: Pagefind indexes each language's pages in shards of about
 * `pagesPerShard` pages, and the search page merges its language's shards at search time
 * (`pagefind.mergeIndex`). A one-document publish changes a few pages, so an incremental build
 * indexes again only the shards those pages are in (about a second each) and hard-links the rest
 * from the previous build; a full build indexes every shard. Both give the same files for the same
 * pages, because a page's shard depends only on its path and the number of pages in its language.
 */
const searchFolder = searchIndexFolder
export const shardListFile = 'shards.json'
/** Bumped when the sharding changes, so the next build indexes every shard again. */
export const searchIndexVersion = 1
const pagesPerShard = 1000
/** Shards indexed at once: Pagefind's service uses every core for each, so two keep both cores busy. */
const concurrentShards = 2

export type SearchManifest = BuildManifest['search']

export type SearchIndexOptions = {
  /** The assembled site, whose HTML is indexed and into which `pagefind/` is written. */
  site: string
  /** Every .html page of the site, relative to it. */
  pages: string[]
  /** The build this one started from, for an incremental build: its folder and its search manifest. */
  previous?: { site: string; manifest: SearchManifest }
  /** Pages this build rendered (relative .html paths): only their shards are indexed again. */
  changedPages: string[]
  /** Routes this build removed ("/fi/verkostot/vanha/"). */
  removedRoutes: string[]
  /** `site` already holds the previous build's index, linked (the rebuild service's staged copy). */
  prepared?: boolean
}

/** The language folder a page is in ("fi/verkostot/x/index.html" → "fi"); pages at the root form "root". */
const groupOf = (page: string) => (page.includes('/') ? page.slice(0, page.indexOf('/')) : 'root')

/** Shards per language: a power of two, so it changes only when the language's size doubles or halves. */
function shardCount(pages: number): number {
  let count = 1
  while (count * pagesPerShard < pages) count *= 2
  return count
}

function shardOf(page: string, count: number): number {
  return createHash('sha1').update(page).digest().readUInt32BE(0) % count
}

/** Which shard each page belongs to, by shard name ("fi-3of16"): a function of the page list only. */
export function assignShards(pages: string[]): Map<string, string[]> {
  const byGroup = new Map<string, string[]>()
  for (const page of pages) {
    const group = groupOf(page)
    if (!byGroup.has(group)) byGroup.set(group, [])
    byGroup.get(group)?.push(page)
  }
  const shards = new Map<string, string[]>()
  for (const [group, groupPages] of byGroup) {
    const count = shardCount(groupPages.length)
    for (const page of groupPages) {
      const name = `${group}-${shardOf(page, count)}of${count}`
      if (!shards.has(name)) shards.set(name, [])
      shards.get(name)?.push(page)
    }
  }
  return shards
}

/** Pages the site marks for search: the layout puts data-pagefind-body on their <main>. */
const isSearchable = (html: string) => /<main\b[^>]*\sdata-pagefind-body[\s>=]/.test(html)

export async function buildSearchIndex(
  options: SearchIndexOptions,
): Promise<{ manifest: SearchManifest; indexed: number; pages: number }> {
  const { site, previous } = options
  const usable = previous && previous.manifest.version === searchIndexVersion ? previous : undefined
  const changed = new Set(options.changedPages)
  for (const route of options.removedRoutes) changed.add(`${decodeURIComponent(route).replace(/^\/+/, '')}index.html`)
  const previouslySearchable = new Set(Object.values(usable?.manifest.shards ?? {}).flatMap((shard) => shard.pages))
  const previousShards = new Map(Object.entries(usable?.manifest.shards ?? {}).map(([name, s]) => [name, s.pages]))

  const contents = new Map<string, string>()
  const searchable = async (page: string): Promise<boolean> => {
    if (usable && !changed.has(page)) return previouslySearchable.has(page)
    const html = await readFile(join(site, page), 'utf8')
    if (!isSearchable(html)) return false
    // Kept only for the few pages an incremental build rendered; a full build reads each page again when it indexes.
    if (usable) contents.set(page, html)
    return true
  }

  const shards: SearchManifest['shards'] = {}
  const toIndex: [string, string[]][] = []
  for (const [name, assigned] of assignShards(options.pages)) {
    const pages: string[] = []
    for (const page of assigned) if (await searchable(page)) pages.push(page)
    if (pages.length === 0) continue
    shards[name] = { pages }
    const before = previousShards.get(name)
    const unchanged =
      usable &&
      before !== undefined &&
      before.join('\n') === pages.join('\n') &&
      !pages.some((page) => changed.has(page)) &&
      existsSync(join(usable.site, searchFolder, name))
    if (unchanged && !options.prepared) {
      await linkTree(join(usable.site, searchFolder, name), join(site, searchFolder, name))
    } else if (!unchanged) {
      // Never written into: the folder may hold the previous build's files, linked.
      await rm(join(site, searchFolder, name), { recursive: true, force: true })
      toIndex.push([name, pages])
    }
  }

  try {
    await inParallel(toIndex, ([name, pages]) => indexShard(site, name, pages, contents), concurrentShards)
  } finally {
    if (toIndex.length > 0) await pagefind.close()
  }

  const byGroup: Record<string, string[]> = {}
  for (const name of Object.keys(shards).sort()) {
    const group = name.slice(0, name.lastIndexOf('-'))
    byGroup[group] ??= []
    byGroup[group].push(name)
  }
  await mkdir(join(site, searchFolder), { recursive: true })
  for (const entry of await readdir(join(site, searchFolder))) {
    if (!(entry in shards)) await rm(join(site, searchFolder, entry), { recursive: true, force: true })
  }
  await writeFile(join(site, searchFolder, shardListFile), `${JSON.stringify(byGroup)}\n`)
  const pages = toIndex.reduce((sum, [, shardPages]) => sum + shardPages.length, 0)
  return { manifest: { version: searchIndexVersion, shards }, indexed: toIndex.length, pages }
}

async function indexShard(site: string, name: string, pages: string[], contents: Map<string, string>) {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start an index for shard ${name}: ${errors.join('; ')}`)
  // One after another: Pagefind numbers pages in the order they arrive, and pages added in parallel
  // arrive in any order, which gives a different index for the same pages (measured: the
  // incremental-vs-full equality test fails). Shards are indexed side by side instead.
  for (const sourcePath of pages) {
    const content = contents.get(sourcePath) ?? (await readFile(join(site, sourcePath), 'utf8'))
    const added = await index.addHTMLFile({ sourcePath, content })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: join(site, searchFolder, name) })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write shard ${name}: ${written.errors.join('; ')}`)
  await index.deleteIndex()
}
