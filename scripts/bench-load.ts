/**
 * Load benchmark of the CMS, printed as figures (no assertions; docs/benchmarks.md records them):
 * REST readers and editors against `next start`, admin page loads under `next start` and `next dev`.
 * Starts and stops its own servers on a temporary, migrated and seeded data folder and free ports.
 *
 *   pnpm bench:load [--readers 50] [--editors 5] [--seconds 60] [--warmup 5] [--editor-pause-ms 2000]
 *                   [--locales fi,sv,en,vi] [--warm-visits 5] [--skip-build] [--skip-load] [--skip-admin]
 *                   [--skip-dev] [--keep]
 *
 * --skip-build reuses the build in cms/.next/bench; --keep keeps the temporary folder (logs, database).
 */
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '50' },
    editors: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    'editor-pause-ms': { type: 'string', default: '2000' },
    locales: { type: 'string', default: 'fi,sv,en,vi' },
    'warm-visits': { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false },
    'skip-admin': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const { runLoadBenchmark } = await import('./bench/load/index')
const report = await runLoadBenchmark(
  {
    readers: Number(values.readers),
    editors: Number(values.editors),
    seconds: Number(values.seconds),
    warmupSeconds: Number(values.warmup),
    editorPauseMs: Number(values['editor-pause-ms']),
    locales: values.locales.split(','),
    warmVisits: Number(values['warm-visits']),
    build: !values['skip-build'],
    load: !values['skip-load'],
    admin: !values['skip-admin'],
    dev: !values['skip-dev'],
    keep: values.keep,
  },
  (line) => console.log(`[bench:load] ${line}`),
)
console.log(report)
process.exit(0)
