import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { freePorts } from '../../lib/freePorts'
import { repoRoot } from '../../lib/paths'
import { runProcess, startProcess, type TestProcess } from './childProcesses'
import { type Prepared, preparedPrefix } from './fixtureContent'
import { childEnvironment, sharedNextDistDir, waitForHttp } from './system'

/**
 * The CMS alone, seeded as for the other end-to-end tests (prepareCms.ts), under `next dev`, for
 * tests of the admin that need no site build: lighter than startSystem, which also starts the site
 * server and the rebuild service and waits for a first build. It works no jobs, so the webhook
 * target prepareCms makes (to an address nothing listens on) is never called.
 */
export type AdminOnlyCms = { cmsUrl: string; prepared: Prepared; logTail: () => string; stop: () => Promise<void> }

const startTimeoutMs = 600_000

export async function startAdminOnlyCms(): Promise<AdminOnlyCms> {
  const workDir = await mkdtemp(join(tmpdir(), 'union-e2e-admin-'))
  const logsDir = join(workDir, 'logs')
  await mkdir(logsDir)
  const [cmsPort, unusedPort] = await freePorts(2)
  const cmsUrl = `http://localhost:${cmsPort}`
  const shared = {
    ...childEnvironment(),
    DATA_DIR: join(workDir, 'data'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: 'false',
  }
  let cms: TestProcess | undefined
  let ownNextDistDir: string | undefined
  const stop = async () => {
    await cms?.stop()
    if (ownNextDistDir) await rm(join(repoRoot, 'cms', ownNextDistDir), { recursive: true, force: true })
    if (!process.env.E2E_KEEP) await rm(workDir, { recursive: true, force: true })
  }
  try {
    const output = await runProcess(
      'prepare',
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [join(import.meta.dirname, 'prepareCms.ts')],
      {
        env: {
          ...shared,
          REBUILD_WEBHOOK_URL: `http://127.0.0.1:${unusedPort}/webhooks/publish`,
          REBUILD_WEBHOOK_SECRET: generateWebhookSecret(),
        },
        logFile: join(logsDir, 'prepare.log'),
      },
    )
    const line = output.split('\n').find((candidate) => candidate.startsWith(preparedPrefix))
    if (!line) throw new Error(`prepareCms.ts printed no "${preparedPrefix}" line:\n${output}`)
    const prepared = JSON.parse(line.slice(preparedPrefix.length)) as Prepared
    const startCms = (distDir: string) =>
      startProcess('cms', join(repoRoot, 'cms', 'node_modules', '.bin', 'next'), ['dev', '--port', String(cmsPort)], {
        cwd: join(repoRoot, 'cms'),
        env: { ...shared, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: cmsUrl },
        logFile: join(logsDir, 'cms.log'),
      })
    cms = startCms(sharedNextDistDir)
    try {
      await waitForHttp(`${cmsUrl}/api/users/init`, cms, startTimeoutMs)
    } catch (error) {
      if (!cms.tail().includes('Another next dev server is already running')) throw error
      ownNextDistDir = `${sharedNextDistDir}-${process.pid}`
      cms = startCms(ownNextDistDir)
      await waitForHttp(`${cmsUrl}/api/users/init`, cms, startTimeoutMs)
    }
    // The admin's first compile takes minutes on a busy machine; done here, before the browser's timeouts run.
    await waitForHttp(`${cmsUrl}/admin/login`, cms, startTimeoutMs)
    const started = cms
    return { cmsUrl, prepared, logTail: () => started.tail(), stop }
  } catch (error) {
    const tail = cms?.tail() ?? ''
    await stop()
    throw new Error(`${(error as Error).message}${tail ? `\nLast output:\n${tail}` : ''}`, { cause: error })
  }
}
