import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocaleCode } from '@union/shared/locales'
import { documentPaths } from '@union/shared/routes'
import type { ContentSnapshot } from '../../site/src/loader/snapshot'
import { repoRoot } from '../lib/paths'
import { type Measured, measure, percentile } from './measure'
import { buildSite, pagesBuilt } from './syntheticBuilds'
import { syntheticLocales, syntheticSnapshot } from './syntheticCorpus'

/**
 * A baseline for the full build: the same synthetic corpus as a plain Eleventy 3 site (one
 * Markdown file per network per locale, a Nunjucks layout with <html lang>, a title, a nav and
 * <main>, and an index per locale listing its networks), built by the Eleventy CLI, then indexed
 * by the Pagefind CLI, each in a child process measured like our build (wall time, peak RSS of the
 * process tree). It has none of our site's other pages (old addresses, search pages, sitemap,
 * hreflang, contract checks), so it is a floor for "render ~400 words of Markdown per page".
 */

const eleventyCli = join(repoRoot, 'scripts', 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
const pagefindCli = join(repoRoot, 'publisher', 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')

type Network = { id: number; name: string; slug: string; description: { root: LexicalNode } }
type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
}

const siteNames: Record<string, string> = { fi: 'Verkosto Union', sv: 'Nätverket Union', en: 'Network Union' }
const networksHeadings: Record<string, string> = {
  fi: 'Alueelliset verkostot',
  sv: 'Regionala nätverk',
  en: 'Regional networks',
}

/** Lexical rich text as Markdown: headings, paragraphs, bold and italic text, bullet and numbered lists. */
export function lexicalToMarkdown(root: LexicalNode): string {
  const inline = (nodes: LexicalNode[] = []): string =>
    nodes
      .map((node) => {
        if (node.type !== 'text') return inline(node.children)
        const text = escapeMarkdown(node.text ?? '')
        const format = typeof node.format === 'number' ? node.format : 0
        // Markdown's emphasis must hug its words: the spaces go outside the markers.
        const [, before, words, after] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? ['', '', text, '']
        if (!words) return text
        let marked = words
        if (format & 2) marked = `_${marked}_`
        if (format & 1) marked = `**${marked}**`
        return `${before}${marked}${after}`
      })
      .join('')
  const block = (node: LexicalNode): string => {
    switch (node.type) {
      case 'heading':
        return `${'#'.repeat(Number(node.tag?.slice(1) ?? 2))} ${inline(node.children)}`
      case 'list':
        return (node.children ?? [])
          .map((item, index) => `${node.listType === 'number' ? `${index + 1}.` : '-'} ${inline(item.children)}`)
          .join('\n')
      default:
        return inline(node.children)
    }
  }
  return `${(root.children ?? []).map(block).join('\n\n')}\n`
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#])/g, '\\$1')

/** YAML accepts JSON strings, so titles and paths need no escaping of their own. */
const yaml = (value: unknown) => JSON.stringify(value)

/**
 * Writes the Eleventy project for `snapshot` into `folder`: src/<locale>/<slug>.md per network,
 * src/_includes/layout.njk, one index per locale, and eleventy.config.mjs. Returns the count of
 * pages it will produce.
 */
export async function writeEleventySite(snapshot: ContentSnapshot, folder: string): Promise<number> {
  const src = join(folder, 'src')
  await mkdir(join(src, '_includes'), { recursive: true })
  await writeFile(
    join(folder, 'eleventy.config.mjs'),
    `// The benchmark's Eleventy baseline (scripts/bench/eleventyBaseline.ts): Markdown is not run through a template engine first.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true)
}
export const config = {
  dir: { input: 'src', includes: '_includes', output: '_site' },
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
  templateFormats: ['md', 'njk'],
}
`,
  )
  await writeFile(
    join(src, '_includes', 'layout.njk'),
    `<!doctype html>
<html lang="{{ locale }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} – {{ siteName }}</title>
</head>
<body>
<header>
<a href="/{{ locale }}/{{ networksSegment }}/">{{ siteName }}</a>
<nav aria-label="Menu"><ul>
<li><a href="/{{ locale }}/{{ networksSegment }}/">{{ networksHeading }}</a></li>
</ul></nav>
{% if alternates %}<nav aria-label="Languages"><ul>
{% for alternate in alternates %}<li><a href="{{ alternate.href }}" hreflang="{{ alternate.locale }}" lang="{{ alternate.locale }}">{{ alternate.locale }}</a></li>
{% endfor %}</ul></nav>{% endif %}
</header>
<main data-pagefind-body>
<h1>{{ title }}</h1>
{{ content | safe }}
</main>
</body>
</html>
`,
  )
  const networks = snapshot.collections['regional-networks']
  const pathOf = (locale: LocaleCode, network: Network) => documentPaths.network(locale, network.slug)
  const byId = Object.fromEntries(
    syntheticLocales.map((locale) => [
      locale,
      new Map(((networks[locale] ?? []) as Network[]).map((network) => [network.id, network])),
    ]),
  )
  let pages = 0
  for (const locale of syntheticLocales) {
    const folderOfLocale = join(src, locale)
    await mkdir(folderOfLocale, { recursive: true })
    const networksSegment = documentPaths.network(locale, 'x').split('/')[2]
    // Directory data: every network page of the locale gets the layout, the locale's words and its tag.
    await writeFile(
      join(folderOfLocale, `${locale}.json`),
      JSON.stringify({
        layout: 'layout.njk',
        tags: [locale],
        siteName: siteNames[locale],
        networksSegment,
        networksHeading: networksHeadings[locale],
      }),
    )
    for (const network of (networks[locale] ?? []) as Network[]) {
      const alternates = syntheticLocales
        .filter((other) => other !== locale)
        .flatMap((other) => {
          const translation = byId[other]?.get(network.id)
          return translation ? [{ locale: other, href: pathOf(other, translation) }] : []
        })
      const frontMatter = [
        '---',
        `title: ${yaml(network.name)}`,
        `locale: ${locale}`,
        `permalink: ${yaml(pathOf(locale, network))}`,
        `alternates: ${yaml(alternates)}`,
        '---',
      ].join('\n')
      await writeFile(
        join(folderOfLocale, `${network.slug}.md`),
        `${frontMatter}\n${lexicalToMarkdown(network.description.root)}`,
      )
      pages++
    }
    await writeFile(
      join(src, `index-${locale}.njk`),
      `---
layout: layout.njk
title: ${yaml(networksHeadings[locale])}
locale: ${locale}
siteName: ${yaml(siteNames[locale])}
networksSegment: ${networksSegment}
networksHeading: ${yaml(networksHeadings[locale])}
permalink: /${locale}/${networksSegment}/
---
<ul>
{%- for network in collections.${locale} %}
<li><a href="{{ network.url }}">{{ network.data.title }}</a></li>
{%- endfor %}
</ul>
`,
    )
    pages++
  }
  return pages
}

/** Eleventy's build of the project in `folder` into `output`, measured. */
export function buildEleventy(folder: string, output: string): Promise<Measured> {
  return measure(
    process.execPath,
    [eleventyCli, `--config=${join(folder, 'eleventy.config.mjs')}`, '--input=src', `--output=${output}`, '--quiet'],
    { NODE_ENV: 'production' },
    folder,
  )
}

/** Pagefind's CLI over a built site, measured (it writes `<site>/pagefind/`). */
export function indexWithPagefind(site: string): Promise<Measured> {
  return measure(process.execPath, [pagefindCli, '--site', site, '--silent'], {}, repoRoot)
}

async function countHtml(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true })
  return entries.filter((entry) => entry.endsWith('.html')).length
}

export type Run = { seconds: number; peakRssMiB: number }
export type PairedFigures = {
  documents: number
  /** Pages each side wrote in its last run: ours has more kinds of page (old addresses, search, 404s). */
  pages: { ours: number; eleventy: number }
  ours: Run[]
  eleventy: Run[]
  pagefind: Run[]
  /** Eleventy then Pagefind, one after the other: summed seconds, the larger peak. */
  eleventyWithPagefind: Run[]
  /** Median of ours over the median of the other, for seconds and for peak RSS. */
  ratio: {
    eleventy: { seconds: number; peakRssMiB: number }
    eleventyWithPagefind: { seconds: number; peakRssMiB: number }
  }
}

export const median = (values: number[]) => percentile(values, 0.5)

const run = ({ seconds, peakRssMiB }: Measured): Run => ({ seconds, peakRssMiB })

/**
 * Our full build and Eleventy's, from the same `syntheticSnapshot(documents)`: one warm-up of
 * each (not counted), then `runs` pairs, each side into a fresh folder; the pairs alternate which
 * goes first, so neither always runs on a machine the other has just warmed or heated.
 */
export async function benchPairedEleventy(
  documents: number,
  runs: number,
  log: (line: string) => void,
): Promise<PairedFigures> {
  const work = await mkdtemp(join(tmpdir(), 'union-bench-eleventy-'))
  try {
    const snapshot = syntheticSnapshot(documents)
    const file = join(work, 'content.json')
    await writeFile(file, JSON.stringify(snapshot))
    const project = join(work, 'eleventy')
    const expected = await writeEleventySite(snapshot, project)
    log(`paired runs: ${documents} networks × 3 locales as content.json and ${expected} Eleventy pages in ${work}`)

    const pages = { ours: 0, eleventy: 0 }
    const ours = async (label: string): Promise<Measured> => {
      const dist = join(work, `ours-${label}`)
      const result = await buildSite(dist, { CONTENT_SNAPSHOT: file, CMS_URL: 'http://127.0.0.1:9' })
      if (result.code !== 0) throw new Error(`our full build (${label}) failed:\n${result.output.slice(-3000)}`)
      pages.ours = pagesBuilt(result.output)
      await rm(dist, { recursive: true, force: true })
      log(`  ours (${label}): ${result.seconds.toFixed(1)} s, peak ${result.peakRssMiB.toFixed(0)} MiB`)
      return result
    }
    const eleventy = async (label: string): Promise<[Measured, Measured]> => {
      const output = join(work, `eleventy-${label}`)
      const built = await buildEleventy(project, output)
      if (built.code !== 0) throw new Error(`Eleventy (${label}) failed:\n${built.output.slice(-3000)}`)
      pages.eleventy = await countHtml(output)
      if (pages.eleventy !== expected) throw new Error(`Eleventy wrote ${pages.eleventy} pages, not ${expected}`)
      const indexed = await indexWithPagefind(output)
      if (indexed.code !== 0)
        throw new Error(`Pagefind over Eleventy (${label}) failed:\n${indexed.output.slice(-3000)}`)
      await rm(output, { recursive: true, force: true })
      log(
        `  Eleventy (${label}): ${built.seconds.toFixed(1)} s, peak ${built.peakRssMiB.toFixed(0)} MiB; ` +
          `Pagefind ${indexed.seconds.toFixed(1)} s, peak ${indexed.peakRssMiB.toFixed(0)} MiB`,
      )
      return [built, indexed]
    }

    log('paired runs: warm-up of each (not counted)…')
    await ours('warm-up')
    await eleventy('warm-up')
    const figures: Omit<PairedFigures, 'ratio' | 'pages' | 'documents'> = {
      ours: [],
      eleventy: [],
      pagefind: [],
      eleventyWithPagefind: [],
    }
    for (let index = 1; index <= runs; index++) {
      log(`paired run ${index} of ${runs}…`)
      const oursFirst = index % 2 === 1
      let mine: Measured | undefined
      if (oursFirst) mine = await ours(`run ${index}`)
      const [built, indexed] = await eleventy(`run ${index}`)
      if (!oursFirst) mine = await ours(`run ${index}`)
      figures.ours.push(run(mine as Measured))
      figures.eleventy.push(run(built))
      figures.pagefind.push(run(indexed))
      figures.eleventyWithPagefind.push({
        seconds: built.seconds + indexed.seconds,
        peakRssMiB: Math.max(built.peakRssMiB, indexed.peakRssMiB),
      })
    }
    const ratioOf = (other: Run[]) => ({
      seconds: median(figures.ours.map((each) => each.seconds)) / median(other.map((each) => each.seconds)),
      peakRssMiB: median(figures.ours.map((each) => each.peakRssMiB)) / median(other.map((each) => each.peakRssMiB)),
    })
    return {
      documents,
      pages,
      ...figures,
      ratio: { eleventy: ratioOf(figures.eleventy), eleventyWithPagefind: ratioOf(figures.eleventyWithPagefind) },
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
