import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { freePorts } from '../../lib/freePorts'
import { repoRoot } from '../../lib/paths'
import { runProcess, startProcess, type TestProcess } from './childProcesses'
import { type Prepared, preparedPrefix } from './fixtureContent'
import { RebuildControl } from './rebuildControl'

/**
 * The whole system as `npm start` runs it (scripts/dev.ts), on a temporary data folder, sites
 * folder and free ports: a seeded CMS under `next dev` working its job queue, the site server, and
 * the rebuild service with the real site build, after its first build. E2E_KEEP=1 keeps the
 * temporary folder (databases, sites, logs) for a look after the run.
 */
export type E2eSystem = {
  cmsUrl: string
  siteUrl: string
  sitesDir: string
  rebuild: RebuildControl
  /** The process whose tree runs the site builds. */
  rebuildProcess: TestProcess
  /** The process that serves the public site (siteUrl). */
  siteProcess: TestProcess
  prepared: Prepared
  /** The last lines of the CMS's and the rebuild service's output, for failure messages. */
  logTails: () => string
  /** Stops every process it started and removes the temporary folder; safe to call twice. */
  stop: () => Promise<void>
}

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const cmsDir = join(repoRoot, 'cms')
const next = join(cmsDir, 'node_modules', '.bin', 'next')
/**
 * Next allows one dev server per build folder: this one leaves a developer's `npm start` (.next/dev)
 * alone and keeps its compile cache from run to run.
 */
export const sharedNextDistDir = '.next/e2e'
const startTimeoutMs = 300_000

/** Stops of systems started in this process, so a start cut short by a timeout is still stopped. */
const stops = new Set<() => Promise<void>>()

export async function stopStartedSystems(): Promise<void> {
  await Promise.all([...stops].map((stop) => stop()))
}

export async function startSystem(): Promise<E2eSystem> {
  const workDir = await mkdtemp(join(tmpdir(), 'union-e2e-'))
  const dataDir = join(workDir, 'data')
  const sitesDir = join(workDir, 'sites')
  const logsDir = join(workDir, 'logs')
  await mkdir(logsDir)
  const [cmsPort, sitePort, rebuildPort] = await freePorts(3)
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}`
  const rebuildUrl = `http://localhost:${rebuildPort}`
  const webhookSecret = generateWebhookSecret()
  const rebuildToken = randomBytes(24).toString('hex')
  const shared = {
    ...childEnvironment(),
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  }
  const processes: TestProcess[] = []
  let ownNextDistDir: string | undefined
  let stopped: Promise<void> | undefined
  const logTails = () => processes.map((started) => started.tail()).join('\n')
  const stop = () => {
    stopped ??= (async () => {
      // In reverse: the rebuild service first, so a running build is stopped by the service.
      for (const started of [...processes].reverse()) await started.stop()
      if (ownNextDistDir) await rm(join(cmsDir, ownNextDistDir), { recursive: true, force: true })
      if (!process.env.E2E_KEEP) await rm(workDir, { recursive: true, force: true })
      stops.delete(stop)
    })()
    return stopped
  }
  stops.add(stop)

  try {
    const output = await runProcess('prepare', tsx, [join(import.meta.dirname, 'prepareCms.ts')], {
      env: { ...shared, REBUILD_WEBHOOK_URL: `${rebuildUrl}/webhooks/publish`, REBUILD_WEBHOOK_SECRET: webhookSecret },
      logFile: join(logsDir, 'prepare.log'),
    })
    const line = output.split('\n').find((candidate) => candidate.startsWith(preparedPrefix))
    if (!line) throw new Error(`prepareCms.ts printed no "${preparedPrefix}" line:\n${output}`)
    const prepared = JSON.parse(line.slice(preparedPrefix.length)) as Prepared

    const startCms = (distDir: string) => {
      const cms = startProcess('cms', next, ['dev', '--port', String(cmsPort)], {
        cwd: cmsDir,
        env: {
          ...shared,
          NEXT_DIST_DIR: distDir,
          NEXT_TELEMETRY_DISABLED: '1',
          SERVER_URL: cmsUrl,
          REBUILD_URL: rebuildUrl,
          REBUILD_TOKEN: rebuildToken,
          // The CMS delivers webhooks from its job queue; the test runner's JOBS_AUTORUN=false must not reach it.
          JOBS_AUTORUN: 'true',
        },
        logFile: join(logsDir, 'cms.log'),
      })
      processes.push(cms)
      return cms
    }
    let cms = startCms(sharedNextDistDir)
    try {
      await waitForHttp(`${cmsUrl}/api/users/init`, cms)
    } catch (error) {
      if (!cms.tail().includes('Another next dev server is already running')) throw error
      // Another run of these tests has the shared folder: compile into one of our own, from cold.
      ownNextDistDir = `${sharedNextDistDir}-${process.pid}`
      cms = startCms(ownNextDistDir)
      await waitForHttp(`${cmsUrl}/api/users/init`, cms)
    }

    const siteProcess = startProcess('site', tsx, [join(repoRoot, 'scripts', 'site-server.ts')], {
      env: { ...shared, SITES_DIR: sitesDir, SITE_PORT: String(sitePort) },
      logFile: join(logsDir, 'site.log'),
    })
    processes.push(siteProcess)
    const rebuildProcess = startProcess('rebuild', tsx, [join(repoRoot, 'scripts', 'rebuild-service.ts')], {
      env: {
        ...shared,
        REBUILD_WEBHOOK_SECRET: webhookSecret,
        REBUILD_TOKEN: rebuildToken,
        SITES_DIR: sitesDir,
        REBUILD_PORT: String(rebuildPort),
        CMS_ORIGIN: cmsUrl,
        // Read by the site build (site/src/siteEnv.ts).
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl,
        SITE_ORGANISATION: 'jhl',
      },
      logFile: join(logsDir, 'rebuild.log'),
    })
    processes.push(rebuildProcess)
    await waitForHttp(`${rebuildUrl}/health`, rebuildProcess)
    const rebuild = new RebuildControl(rebuildUrl, rebuildToken, webhookSecret)
    await rebuild.requestRebuild()
    // The admin's first compile takes tens of seconds; it overlaps the first build.
    const [firstBuild] = await Promise.all([
      rebuild.waitForNextBuild(new Set(), 'the first site build', startTimeoutMs),
      waitForHttp(`${cmsUrl}/admin/login`, cms),
    ])
    if (firstBuild.result !== 'succeeded') throw new Error(`the first site build failed: ${firstBuild.error}`)
    await waitForHttp(`${siteUrl}/.health`, siteProcess)
    return { cmsUrl, siteUrl, sitesDir, rebuild, rebuildProcess, siteProcess, prepared, logTails, stop }
  } catch (error) {
    const tails = logTails()
    await stop()
    throw new Error(`${(error as Error).message}${tails ? `\nLast output:\n${tails}` : ''}`, { cause: error })
  }
}

/**
 * The test runner's environment without what would change the system under test: vitest's
 * NODE_ENV=test and VITEST (the CMS then runs no jobs), the unit tests' JOBS_AUTORUN, LOG_LEVEL
 * and PAYLOAD_SECRET, and a developer's own CMS, site and rebuild settings.
 */
export function childEnvironment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  const dropped =
    /^(VITEST|TEST$|NODE_ENV$|JOBS_AUTORUN$|LOG_LEVEL$|PAYLOAD_SECRET$|DATA_DIR$|DATABASE_URI$|SERVER_URL$|CONTENT_SNAPSHOT$|SITES_DIR$|REBUILD_|CMS_|SITE_|NEXT_)/
  for (const [name, value] of Object.entries(process.env)) if (!dropped.test(name)) env[name] = value
  // The tools' `#!/usr/bin/env node` finds the Node that runs the tests.
  env.PATH = [dirname(process.execPath), env.PATH].filter(Boolean).join(delimiter)
  return env
}

/** Polls a URL until it answers 2xx; fails at once when `owner` exits (startSystem adds its last output). */
export async function waitForHttp(url: string, owner: TestProcess, timeoutMs = startTimeoutMs): Promise<void> {
  let exited: string | undefined
  void owner.exited.then((how) => {
    exited = how
  })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${owner.label} ${exited} before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
