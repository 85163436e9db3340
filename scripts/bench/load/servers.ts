import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { delimiter, dirname, join } from 'node:path'
import { freePorts } from '../../lib/freePorts'
import { repoRoot } from '../../lib/paths'
import { runProcess, startProcess, type TestProcess } from '../../test/e2e/childProcesses'
import { type PreparedIds, preparedPrefix } from './fixture'

/**
 * The CMS as the load benchmark runs it: a temporary data folder whose schema the committed
 * migrations built (as in production), seeded, with an admin and editors; the admin built into a
 * folder of its own (`next build`, NEXT_DIST_DIR=.next/bench) and served by `next start`, or
 * compiled by `next dev` (NEXT_DIST_DIR=.next/bench-dev), on a free port.
 */
export const cmsDir = join(repoRoot, 'cms')
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const next = join(cmsDir, 'node_modules', '.bin', 'next')
export const productionDistDir = '.next/bench'
export const devDistDir = '.next/bench-dev'
const startTimeoutMs = 300_000

export type CmsMode = 'production' | 'dev'

export type BenchData = { dataDir: string; secret: string; ids: PreparedIds; logsDir: string }

/** The caller's environment without what would change the CMS under test (a developer's own settings). */
function baseEnvironment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  const dropped =
    /^(VITEST|TEST$|NODE_ENV$|JOBS_AUTORUN$|LOG_LEVEL$|PAYLOAD_|DATA_DIR$|DATABASE_URI$|SERVER_URL$|CMS_|NEXT_|REBUILD_)/
  for (const [name, value] of Object.entries(process.env)) if (!dropped.test(name)) env[name] = value
  // The tools' `#!/usr/bin/env node` finds the Node that runs the benchmark.
  env.PATH = [dirname(process.execPath), env.PATH].filter(Boolean).join(delimiter)
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn' }
}

/** Migrations first (`scripts/migrate.ts`), then the seed and the users with Payload's schema push off. */
export async function prepareData(workDir: string, editors: number, log: (line: string) => void): Promise<BenchData> {
  const dataDir = join(workDir, 'data')
  const logsDir = workDir
  const secret = randomBytes(32).toString('hex')
  const env = { ...baseEnvironment(), DATA_DIR: dataDir, PAYLOAD_SECRET: secret }
  log('migrating a new database (scripts/migrate.ts)…')
  await runProcess('migrate', tsx, [join(repoRoot, 'scripts', 'migrate.ts')], {
    env,
    logFile: join(logsDir, 'migrate.log'),
  })
  log(`seeding it and adding an admin and ${editors} editors…`)
  const output = await runProcess('prepare', tsx, [join(import.meta.dirname, 'prepareData.ts')], {
    env: { ...env, PAYLOAD_MIGRATING: 'true', BENCH_EDITORS: String(editors) },
    logFile: join(logsDir, 'prepare.log'),
  })
  const line = output.split('\n').find((candidate) => candidate.startsWith(preparedPrefix))
  if (!line) throw new Error(`prepareData.ts printed no "${preparedPrefix}" line:\n${output}`)
  return { dataDir, secret, ids: JSON.parse(line.slice(preparedPrefix.length)) as PreparedIds, logsDir }
}

function cmsEnvironment(data: BenchData, mode: CmsMode, url: string): Record<string, string | undefined> {
  return {
    ...baseEnvironment(),
    DATA_DIR: data.dataDir,
    PAYLOAD_SECRET: data.secret,
    SERVER_URL: url,
    NEXT_DIST_DIR: mode === 'production' ? productionDistDir : devDistDir,
    ...(mode === 'production' ? { NODE_ENV: 'production' } : {}),
  }
}

/** `next build` of the admin into .next/bench; returns its wall time in seconds. */
export async function buildProduction(data: BenchData): Promise<number> {
  const started = performance.now()
  await runProcess('next build', next, ['build'], {
    cwd: cmsDir,
    env: cmsEnvironment(data, 'production', 'http://localhost:3000'),
    logFile: join(data.logsDir, 'next-build.log'),
  })
  return (performance.now() - started) / 1000
}

export type RunningCms = {
  url: string
  process: TestProcess
  pid: number
  startSeconds: number
  stop: () => Promise<void>
}

/**
 * `next start` or `next dev` on a free port, ready once GET /api/health answers (the API route,
 * not an admin page: the admin's first visit is what the page-load benchmark times). `next dev`
 * starts from an empty build folder, so its first visit compiles from scratch.
 */
export async function startCms(data: BenchData, mode: CmsMode): Promise<RunningCms> {
  if (mode === 'dev') await rm(join(cmsDir, devDistDir), { recursive: true, force: true })
  const [port] = await freePorts(1)
  const url = `http://localhost:${port}`
  const started = performance.now()
  const cms = startProcess(
    `next ${mode === 'production' ? 'start' : 'dev'}`,
    next,
    [mode === 'production' ? 'start' : 'dev', '--port', String(port)],
    {
      cwd: cmsDir,
      env: cmsEnvironment(data, mode, url),
      logFile: join(data.logsDir, `cms-${mode}.log`),
    },
  )
  try {
    await waitForHttp(`${url}/api/health`, cms)
  } catch (error) {
    const tail = cms.tail()
    await cms.stop()
    throw new Error(`${(error as Error).message}\n${tail}`, { cause: error })
  }
  return {
    url,
    process: cms,
    pid: cms.child.pid!,
    startSeconds: (performance.now() - started) / 1000,
    stop: () => cms.stop(),
  }
}

async function waitForHttp(url: string, owner: TestProcess): Promise<void> {
  let exited: string | undefined
  void owner.exited.then((how) => {
    exited = how
  })
  const deadline = Date.now() + startTimeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${owner.label} ${exited} before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
      await response.arrayBuffer()
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${startTimeoutMs / 1000} s`)
}
