import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localeCodes } from '@union/shared/locales'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { lexical } from '../../content-schemas/test/fixtures/lexical'
import { routes } from '../src/lib/routes'
import { runBuildSite } from './fixtures/buildSite'
import { builtPages } from './fixtures/builtPages'
import { startCmsWithContent } from './fixtures/cmsWithContent'
import { searchBuiltSite } from './fixtures/pagefindSearch'

/**
 * Publishing one document rebuilds only the pages it affects, on top of a copy of the previous
 * build, and the result is the site a full build makes of the same content. Real Payload, real
 * builds (scripts/build-site.ts as a child process), one after another into fresh folders.
 */
const work = mkdtempSync(join(tmpdir(), 'union-incremental-'))
let cms: Awaited<ReturnType<typeof startCmsWithContent>>
let kamutId: number
let builds = 0
let live: string

/** Builds into a fresh folder from the live one with the given changes, as the rebuild service does. */
async function publishBuild(changes: unknown[]) {
  const dist = join(work, `build-${++builds}`)
  const result = await runBuildSite(dist, {
    CMS_URL: cms.server.url,
    SITE_CHANGES: JSON.stringify(changes),
    PREVIOUS_BUILD: live,
  })
  expect(result.code, result.output).toBe(0)
  const previous = live
  live = dist
  return { ...result, dist, previous, counts: renderedCounts(result.output) }
}

function renderedCounts(output: string): { rendered: number; reused: number } {
  const match = /rendered (\d+) pages, reused (\d+)/.exec(output)
  if (!match) throw new Error(`the build log does not say how many pages were rendered:\n${output}`)
  return { rendered: Number(match[1]), reused: Number(match[2]) }
}

const page = (dist: string, path: string) => readFileSync(join(dist, decodeURI(path), 'index.html'), 'utf8')
const shardsOf = (dist: string) =>
  JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as Record<string, string[]>
const networkChange = (id: number) => ({ type: 'publish', collection: 'regional-networks', id })

beforeAll(async () => {
  cms = await startCmsWithContent()
  const kamut = await cms.payload.find({ collection: 'regional-networks', where: { acronym: { equals: 'KaMuT' } } })
  kamutId = kamut.docs[0]!.id
  // The seed has no Swedish network; KaMuT gets a Swedish translation for these tests.
  await cms.payload.update({
    collection: 'regional-networks',
    id: kamutId,
    locale: 'sv',
    data: {
      name: 'KaMuT på svenska',
      slug: 'kamut-sv',
      description: lexical('Den första svenska beskrivningen.'),
      translatedLocales: ['en', 'sv'],
      _status: 'published',
    },
    context: { seed: true },
  })
  live = join(work, 'build-0')
  const first = await runBuildSite(live, { CMS_URL: cms.server.url })
  expect(first.code, first.output).toBe(0)
}, 240_000)
afterAll(async () => {
  await cms?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('an incremental build', () => {
  test("an edit of a network's Swedish description re-renders only its pages and the lists showing it", async () => {
    await cms.payload.update({
      collection: 'regional-networks',
      id: kamutId,
      locale: 'sv',
      data: { description: lexical('En ny svensk beskrivning av nätverket.') },
    })
    const build = await publishBuild([networkChange(kamutId)])
    expect(build.output).toContain('incremental: fetched 1 document')
    expect(build.counts.rendered).toBeLessThan(15)
    expect(build.counts.reused).toBeGreaterThan(30)
    expect(page(build.dist, '/sv/natverk/kamut-sv/')).toContain('En ny svensk beskrivning av nätverket.')
    // An unrelated page is the previous build's file itself (a hard link), byte for byte.
    const unrelated = '/fi/testiosio/alasivu/'
    expect(page(build.dist, unrelated)).toBe(page(build.previous, unrelated))
    expect(statSync(join(build.dist, unrelated, 'index.html')).ino).toBe(
      statSync(join(build.previous, unrelated, 'index.html')).ino,
    )
    // The previous build is left as it was.
    expect(page(build.previous, '/sv/natverk/kamut-sv/')).toContain('Den första svenska beskrivningen.')
    // Search finds the new text. Only the Swedish shard was indexed again (the other languages' lists
    // were rendered but came out the same); the Finnish one is the previous build's files, linked.
    const found = await searchBuiltSite(build.dist, 'sv', 'svensk beskrivning')
    expect(found.map((result) => result.url)).toContain('/sv/natverk/kamut-sv/')
    expect(build.output).toMatch(/search index: indexed 1 of \d+ shards/)
    const finnishShard = (dist: string) => join(dist, 'pagefind', shardsOf(dist).fi![0]!, 'pagefind-entry.json')
    expect(statSync(finnishShard(build.dist)).ino).toBe(statSync(finnishShard(build.previous)).ino)
  }, 60_000)

  test('a new slug moves the page: the old address redirects, the lists link to the new one', async () => {
    await cms.payload.update({ collection: 'regional-networks', id: kamutId, locale: 'sv', data: { slug: 'kamut-ny' } })
    const build = await publishBuild([networkChange(kamutId)])
    expect(page(build.dist, '/sv/natverk/kamut-sv/')).toContain(
      '<meta http-equiv="refresh" content="0;url=/sv/natverk/kamut-ny/">',
    )
    expect(page(build.dist, '/sv/natverk/kamut-ny/')).toContain('En ny svensk beskrivning')
    expect(page(build.dist, '/sv/natverk/')).toContain('href="/sv/natverk/kamut-ny/"')
    expect(page(build.dist, '/en/networks/kamut/')).toContain('href="/sv/natverk/kamut-ny/"')
  }, 60_000)

  test('a deletion removes the page and its links from the lists', async () => {
    const ouver = await cms.payload.find({ collection: 'regional-networks', where: { acronym: { equals: 'OuVer' } } })
    const id = ouver.docs[0]!.id
    await cms.payload.delete({ collection: 'regional-networks', id })
    const build = await publishBuild([{ type: 'delete', collection: 'regional-networks', id }])
    expect(build.output).toContain('removed 1')
    expect(existsSync(join(build.dist, 'en/networks/ouver'))).toBe(false)
    const directories = localeCodes.map(routes.networks)
    for (const list of builtPages(build.dist).filter((candidate) => directories.includes(candidate.path)))
      expect(list.html, list.path).not.toMatch(/\/ouver\//)
  }, 60_000)

  test('gives the same site as a full build of the same content', async () => {
    const full = join(work, 'full')
    const result = await runBuildSite(full, { CMS_URL: cms.server.url })
    expect(result.code, result.output).toBe(0)
    const incremental = new Map(builtPages(live).map((built) => [built.path, built.html]))
    const complete = new Map(builtPages(full).map((built) => [built.path, built.html]))
    expect([...incremental.keys()].sort()).toEqual([...complete.keys()].sort())
    for (const [path, html] of complete) expect(incremental.get(path), path).toBe(html)
    expect(readFileSync(join(live, 'sitemap.xml'), 'utf8')).toBe(readFileSync(join(full, 'sitemap.xml'), 'utf8'))
    // The search index too, file for file and byte for byte: shards indexed again or linked.
    const searchFiles = (dist: string) =>
      readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dist.length))
        .sort()
    expect(searchFiles(live)).toEqual(searchFiles(full))
    for (const file of searchFiles(full))
      expect(readFileSync(join(live, file)).equals(readFileSync(join(full, file))), file).toBe(true)
  }, 120_000)

  test('a change of the site settings renders every page', async () => {
    const [settings] = (await cms.payload.find({ collection: 'site-settings', limit: 1 })).docs
    await cms.payload.update({
      collection: 'site-settings',
      id: settings!.id,
      locale: 'fi',
      data: { joinLink: { label: 'Liity nyt', url: 'https://example.org/liity' }, _status: 'published' },
    })
    const build = await publishBuild([{ type: 'publish', collection: 'site-settings', id: settings!.id }])
    expect(build.output).toContain('every page is rendered, because the site settings changed')
    expect(build.counts.reused).toBe(0)
    expect(page(build.dist, '/fi/')).toContain('Liity nyt')
    // The images were processed by the first build; this one takes them from Astro's cache.
    expect(build.output).toContain('reused cache entry')
    expect(build.output).not.toMatch(/\.avif \(before:/)
  }, 120_000)
})
