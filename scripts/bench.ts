/**
 * Benchmarks of building and publishing, printed as a table (no assertions; docs/benchmarks.md
 * records the figures). Builds the synthetic site in a temporary folder (removed afterwards).
 *
 *   pnpm exec tsx scripts/bench.ts [--documents 10000] [--edits 3] [--publishes 10] [--skip-synthetic] [--skip-seeded]
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
  },
})
const { percentile } = await import('./bench/measure')
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
  const { benchSyntheticBuilds } = await import('./bench/syntheticBuilds')
  const documents = Number(values.documents)
  const { work, figures } = await benchSyntheticBuilds(documents, Number(values.edits), log)
  const times = figures.incremental.map((build) => build.seconds)
  rows.push([`synthetic ${documents}×3: full build`, seconds(figures.full.seconds), mib(figures.full.peakRssMiB)])
  rows.push([
    `synthetic ${documents}×3: one-document rebuild p50 (${times.length} edits)`,
    seconds(percentile(times, 0.5)),
    mib(Math.max(...figures.incremental.map((build) => build.peakRssMiB))),
  ])
  rows.push([`synthetic ${documents}×3: one-document rebuild p95`, seconds(percentile(times, 0.95)), ''])
  const counts = /rendered (\d+) pages, reused (\d+)/.exec(figures.incremental.at(-1)?.output ?? '')
  if (counts) rows.push([`synthetic: last rebuild rendered / reused pages`, `${counts[1]} / ${counts[2]}`, ''])
  await rm(work, { recursive: true, force: true })
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
process.exit(0)
