import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { percentile } from '../measure'
import { type PageTimings, timeAdminPages } from './adminPages'
import { kindRows, mib, millis, type RoleFigures, roleFigures, table } from './figures'
import { benchUsers } from './fixture'
import { runLoad } from './loadRun'
import { type MemoryFigures, sampleMemory, treeCpuSeconds } from './memory'
import { buildProduction, type CmsMode, prepareData, startCms } from './servers'

export type LoadBenchOptions = {
  readers: number
  editors: number
  seconds: number
  warmupSeconds: number
  editorPauseMs: number
  locales: string[]
  warmVisits: number
  build: boolean
  load: boolean
  admin: boolean
  dev: boolean
  keep: boolean
}

/**
 * The load benchmark (docs/benchmarks.md, "Load"): a migrated, seeded CMS under `next start`,
 * admin page loads cold and warm, then readers and editors on the REST API; then the admin page
 * loads under `next dev`. Prints what it measured; asserts nothing.
 */
export async function runLoadBenchmark(options: LoadBenchOptions, log: (line: string) => void): Promise<string> {
  const workDir = await mkdtemp(join(tmpdir(), 'union-bench-load-'))
  const users = benchUsers(options.editors)
  const out: string[] = []
  try {
    const data = await prepareData(workDir, options.editors, log)
    if (options.build) {
      log('next build (NEXT_DIST_DIR=.next/bench)…')
      out.push(`next build: ${(await buildProduction(data)).toFixed(0)} s`)
    }
    const networkId = data.ids['regional-networks'][0]!
    const pages: Array<{ mode: CmsMode; timings: PageTimings[] }> = []
    const memory: Array<{ mode: CmsMode; figures: MemoryFigures; startSeconds: number }> = []
    let load:
      | { readers: RoleFigures; editors: RoleFigures; kinds: string[][]; cms: number; generator: number }
      | undefined

    for (const mode of ['production', ...(options.dev && options.admin ? ['dev' as const] : [])] as CmsMode[]) {
      log(`starting next ${mode === 'production' ? 'start' : 'dev'}…`)
      const cms = await startCms(data, mode)
      const sampler = sampleMemory(cms.pid)
      try {
        log(`${cms.url} answers after ${cms.startSeconds.toFixed(1)} s`)
        if (options.admin) {
          pages.push({ mode, timings: await timeAdminPages(cms.url, users.admin, networkId, options.warmVisits, log) })
        }
        if (mode === 'production' && options.load) {
          const cpuBefore = await treeCpuSeconds(cms.pid)
          const ownBefore = process.cpuUsage()
          const result = await runLoad(
            {
              cmsUrl: cms.url,
              ids: data.ids,
              editors: users.editors,
              readers: options.readers,
              seconds: options.seconds,
              warmupSeconds: options.warmupSeconds,
              editorPauseMs: options.editorPauseMs,
              locales: options.locales,
            },
            log,
          )
          const own = process.cpuUsage(ownBefore)
          const wall = options.seconds + options.warmupSeconds
          load = {
            readers: roleFigures(
              result.samples.filter((sample) => sample.role === 'reader'),
              result.seconds,
            ),
            editors: roleFigures(
              result.samples.filter((sample) => sample.role === 'editor'),
              result.seconds,
            ),
            kinds: kindRows(result.samples),
            cms: ((await treeCpuSeconds(cms.pid)) - cpuBefore) / wall,
            generator: (own.user + own.system) / 1e6 / wall,
          }
        }
      } finally {
        memory.push({ mode, figures: await sampler.stop(), startSeconds: cms.startSeconds })
        await cms.stop()
      }
    }

    out.push(
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    if (load) {
      out.push(
        '',
        `REST load against next start: ${options.readers} readers, ${options.editors} editors (pause ${options.editorPauseMs} ms between saves), ${options.seconds} s after ${options.warmupSeconds} s warm-up, locales ${options.locales.join(',')}`,
        table([
          ['who', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors'],
          ...(['readers', 'editors'] as const).map((role) => {
            const figures = load![role]
            return [
              role,
              String(figures.requests),
              figures.perSecond.toFixed(1),
              millis(figures.p50),
              millis(figures.p95),
              millis(figures.p99),
              millis(figures.max),
              String(figures.errors),
            ]
          }),
        ]),
        `CPU during the load: CMS process tree ${load.cms.toFixed(2)} cores, load generator ${load.generator.toFixed(2)} cores (of ${cpus().length})`,
      )
      for (const role of ['readers', 'editors'] as const) {
        for (const [kind, count] of Object.entries(load[role].errorBreakdown))
          out.push(`  ${role} error: ${kind} × ${count}`)
      }
      out.push(
        '',
        'by kind of request (slowest p95 first)',
        table([['request', 'count', 'p50', 'p95', 'max'], ...load.kinds]),
      )
    }
    if (pages.length > 0) {
      out.push(
        '',
        `admin page loads in headless Chromium (content visible and network idle; warm = median of ${options.warmVisits})`,
        table([
          ['server', 'page', 'cold', 'warm (median)', 'warm (min–max)'],
          ...pages.flatMap(({ mode, timings }) =>
            timings.map((timing) => [
              mode === 'production' ? 'next start' : 'next dev',
              timing.page,
              millis(timing.coldMs),
              millis(percentile(timing.warmMs, 0.5)),
              `${millis(Math.min(...timing.warmMs))}–${millis(Math.max(...timing.warmMs))}`,
            ]),
          ),
        ]),
      )
    }
    out.push(
      '',
      'CMS server memory (process tree, sampled every 200 ms over the server’s life)',
      table([
        ['server', 'ready after', 'peak summed VmRSS', 'sum of VmHWM', 'largest VmHWM of one process', 'processes'],
        ...memory.map(({ mode, figures, startSeconds }) => [
          mode === 'production' ? 'next start' : 'next dev',
          `${startSeconds.toFixed(1)} s`,
          mib(figures.peakTreeRssMiB),
          mib(figures.sumOfHighWaterMarksMiB),
          mib(figures.largestHighWaterMarkMiB),
          String(figures.processes),
        ]),
      ]),
    )
    return out.join('\n')
  } finally {
    if (options.keep) log(`kept ${workDir} (data folder and server logs)`)
    else await rm(workDir, { recursive: true, force: true })
  }
}
