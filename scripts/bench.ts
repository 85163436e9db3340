/**
 * Benchmarks of building and publishing, printed as a table (no assertions; docs/benchmarks.md
 * records the figures). Builds the synthetic site in temporary folders (removed afterwards).
 *
 *   pnpm exec tsx scripts/bench.ts [--documents 10000] [--edits 3] [--publishes 10] [--skip-synthetic] [--skip-seeded]
 *     [--sizes 333,3333,10000] [--paired-runs 2] [--skip-eleventy]
 *     [--publishes-synthetic 10] [--debounce-ms 300] [--skip-synthetic-publish] [--only-synthetic-publish]
 *
 * The synthetic section, at --documents networks (× fi, sv, en): a full build and --edits
 * one-document incremental builds; one full build at each of --sizes (an empty list skips them);
 * --paired-runs pairs of our full build and Eleventy's of the same corpus (eleventyBaseline.ts);
 * --publishes-synthetic publishes through the rebuild service, timed until page and search index
 * are live (syntheticPublish.ts).
 */
import { rm } from 'node:fs/promises'
import { parseArgs } from 'node:util'

process.env.PAYLOAD_SECRET ??= 'benchmark-secret-not-for-production'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ??= 'silent'

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '3' },
    publishes: { type: 'string', default: '10' },
    'skip-synthetic': { type: 'boolean', default: false },
    'skip-seeded': { type: 'boolean', default: false },
    // Networks; each is a document in fi, sv and en: about 1,000, 10,000 and 30,000 documents (pages).
    sizes: { type: 'string', default: '333,3333,10000' },
    'paired-runs': { type: 'string', default: '2' },
    'skip-eleventy': { type: 'boolean', default: false },
    'publishes-synthetic': { type: 'string', default: '10' },
    'debounce-ms': { type: 'string', default: '300' },
    'skip-synthetic-publish': { type: 'boolean', default: false },
    /** Of the synthetic section, only the publishes through the rebuild service. */
    'only-synthetic-publish': { type: 'boolean', default: false },
  },
})
const count = (name: keyof typeof values) => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${values[name]}"`)
  return value
}
const sizes = (values.sizes ?? '')
  .split(',')
  .filter((size) => size.trim() !== '')
  .map((size) => {
    const value = Number(size)
    if (!Number.isInteger(value) || value < 1) throw new Error(`--sizes: "${size}" is not a count of networks`)
    return value
  })
const { percentile } = await import('./bench/measure')
const median = (list: number[]) => percentile(list, 0.5)
const log = (line: string) => console.log(`[bench] ${line}`)
const rows: string[][] = [['measurement', 'seconds', 'peak RSS (process tree)']]
const seconds = (value: number) => value.toFixed(1)
const mib = (value: number) => `${value.toFixed(0)} MiB`

if (!values['skip-seeded']) {
  const { benchSeededPublish } = await import('./bench/seededPublish')
  const latencies = await benchSeededPublish(Number(values.publishes), log)
  rows.push([
    `seeded site: publish-to-live p50 (${latencies.length} publishes)`,
    seconds(percentile(latencies, 0.5)),
    '',
  ])
  rows.push(['seeded site: publish-to-live p95', seconds(percentile(latencies, 0.95)), ''])
}
if (!values['skip-synthetic']) {
  const documents = count('documents')
  if (!values['only-synthetic-publish']) await benchSyntheticSiteBuilds(documents)
  await benchSyntheticSitePublishes(documents)
}

async function benchSyntheticSiteBuilds(documents: number) {
  const { benchSyntheticBuilds, benchFullBuildSizes, pagesBuilt } = await import('./bench/syntheticBuilds')
  const { work, figures } = await benchSyntheticBuilds(documents, count('edits'), log)
  await rm(work, { recursive: true, force: true })
  const times = figures.incremental.map((build) => build.seconds)
  rows.push([`synthetic ${documents}×3: full build`, seconds(figures.full.seconds), mib(figures.full.peakRssMiB)])
  if (times.length > 0) {
    rows.push([
      `synthetic ${documents}×3: one-document rebuild p50 (${times.length} edits)`,
      seconds(percentile(times, 0.5)),
      mib(Math.max(...figures.incremental.map((build) => build.peakRssMiB))),
    ])
    rows.push([`synthetic ${documents}×3: one-document rebuild p95`, seconds(percentile(times, 0.95)), ''])
  }
  const counts = /rendered (\d+) pages, reused (\d+)/.exec(figures.incremental.at(-1)?.output ?? '')
  if (counts) rows.push([`synthetic: last rebuild rendered / reused pages`, `${counts[1]} / ${counts[2]}`, ''])

  // One full build at each size; the one at --documents is the full build above, not run again.
  for (const size of sizes) {
    const build =
      size === documents
        ? { ...figures.full, documents, pages: pagesBuilt(figures.full.output) }
        : (await benchFullBuildSizes([size], log))[0]!
    rows.push([
      `full build at ${build.documents}×3 (${build.pages} pages, ${((build.seconds / build.pages) * 1000).toFixed(1)} ms/page)`,
      seconds(build.seconds),
      mib(build.peakRssMiB),
    ])
  }

  const pairedRuns = count('paired-runs')
  if (!values['skip-eleventy'] && pairedRuns > 0) {
    const { benchPairedEleventy } = await import('./bench/eleventyBaseline')
    const paired = await benchPairedEleventy(documents, pairedRuns, log)
    const each = (runs: { seconds: number; peakRssMiB: number }[]) =>
      [seconds(median(runs.map((run) => run.seconds))), mib(median(runs.map((run) => run.peakRssMiB)))] as const
    const list = (runs: { seconds: number; peakRssMiB: number }[]) => [
      runs.map((run) => seconds(run.seconds)).join(', '),
      runs.map((run) => run.peakRssMiB.toFixed(0)).join(', '),
    ]
    const label = `paired ${documents}×3, median of ${pairedRuns}`
    rows.push([`${label}: our full build (${paired.pages.ours} pages)`, ...each(paired.ours)])
    rows.push([`${label}: Eleventy 3 alone (${paired.pages.eleventy} pages)`, ...each(paired.eleventy)])
    rows.push([`${label}: Pagefind CLI over Eleventy's pages`, ...each(paired.pagefind)])
    rows.push([`${label}: Eleventy + Pagefind`, ...each(paired.eleventyWithPagefind)])
    const ratio = ({ seconds, peakRssMiB }: { seconds: number; peakRssMiB: number }) =>
      [`${seconds.toFixed(2)}×`, `${peakRssMiB.toFixed(2)}×`] as const
    rows.push([`${label}: ours / Eleventy (time, peak RSS)`, ...ratio(paired.ratio.eleventy)])
    rows.push([`${label}: ours / (Eleventy + Pagefind)`, ...ratio(paired.ratio.eleventyWithPagefind)])
    rows.push([`paired runs: ours, each run (s / MiB)`, ...list(paired.ours)])
    rows.push([`paired runs: Eleventy, each run`, ...list(paired.eleventy)])
    rows.push([`paired runs: Eleventy + Pagefind, each run`, ...list(paired.eleventyWithPagefind)])
  }
}

async function benchSyntheticSitePublishes(documents: number) {
  const publishes = count('publishes-synthetic')
  if (!values['skip-synthetic-publish'] && publishes > 0) {
    const { benchSyntheticPublish } = await import('./bench/syntheticPublish')
    const results = await benchSyntheticPublish(documents, publishes, log, { debounceMs: count('debounce-ms') })
    const live = results.map((result) => result.seconds)
    const label = `synthetic ${documents}×3: publish-to-live (page + search)`
    rows.push([`${label} p50 (${live.length} publishes)`, seconds(percentile(live, 0.5)), ''])
    rows.push([`${label} p95`, seconds(percentile(live, 0.95)), ''])
    rows.push([
      `synthetic publish: page alone live p50 / p95`,
      `${seconds(
        percentile(
          results.map((result) => result.pageSeconds),
          0.5,
        ),
      )} / ${seconds(
        percentile(
          results.map((result) => result.pageSeconds),
          0.95,
        ),
      )}`,
      '',
    ])
    rows.push([`synthetic publish: each (s)`, live.map(seconds).join(', '), ''])
    rows.push([
      `synthetic publish: each build alone (s)`,
      results.map((result) => (result.buildMs === null ? '?' : seconds(result.buildMs / 1000))).join(', '),
      '',
    ])
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
process.exit(0)
