import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RebuildStatus } from '@union/shared/messages/rebuildStatus'
import { generateWebhookSecret, signWebhook, type WebhookPayload } from '@union/shared/webhooks'
import { freePorts } from '../../../scripts/lib/freePorts'
import { repoRoot } from '../../src/paths'
import { fakeSiteBuild, testToken, waitUntil } from './testService'

/** A process as the test started it: its output so far, and how it ended once it has. */
export type Started = {
  child: ChildProcess
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * The rebuild service and the site server as the production start runs them: real processes
 * (`node --import tsx`, so the pid is the service itself and SIGKILL hits it, not a wrapper) on
 * fixed free ports over one sites folder, building with the fake site build. The service can be
 * killed and started again with the same settings. What the fake build writes into every page is
 * read from a content file when it builds, as the real build reads the CMS: `publish` writes the
 * file and sends the signed webhook the CMS would send.
 */
export class ServiceProcesses {
  private rebuildProcess: Started | undefined
  private siteProcess: Started | undefined

  private constructor(
    readonly workDir: string,
    readonly controlUrl: string,
    readonly siteUrl: string,
    private readonly environment: Record<string, string>,
  ) {}

  static async create(settings: Record<string, string> = {}): Promise<ServiceProcesses> {
    const workDir = await mkdtemp(join(tmpdir(), 'rebuild-process-test-'))
    const [controlPort, sitePort] = await freePorts(2)
    await writeFile(join(workDir, 'content.txt'), 'nothing published yet\n')
    const environment: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? workDir,
      REBUILD_WEBHOOK_SECRET: generateWebhookSecret(),
      REBUILD_TOKEN: testToken,
      SITES_DIR: join(workDir, 'site'),
      REBUILD_PORT: String(controlPort),
      SITE_PORT: String(sitePort),
      REBUILD_DEBOUNCE_MS: '300',
      REBUILD_COMMAND: `"${process.execPath}" "${fakeSiteBuild}"`,
      FAKE_BUILD_LOG: join(workDir, 'builds.log'),
      FAKE_BUILD_CONTENT: join(workDir, 'content.txt'),
      ...settings,
    }
    return new ServiceProcesses(workDir, `http://localhost:${controlPort}`, `http://localhost:${sitePort}`, environment)
  }

  get sitesDir(): string {
    return this.environment.SITES_DIR!
  }

  get rebuild(): Started {
    if (!this.rebuildProcess) throw new Error('the rebuild service was not started')
    return this.rebuildProcess
  }

  /** Starts the rebuild service with the same settings as every time before; resolves once /health answers. */
  async startRebuild(): Promise<Started> {
    this.rebuildProcess = start('rebuild-service.ts', this.environment)
    await waitUntilAnswering(`${this.controlUrl}/health`, this.rebuildProcess)
    return this.rebuildProcess
  }

  async startSite(): Promise<Started> {
    this.siteProcess = start('site-server.ts', this.environment)
    // Before the first build the site answers 503; any answer means it listens.
    await waitUntilAnswering(`${this.siteUrl}/.health`, this.siteProcess, () => true)
    return this.siteProcess
  }

  /** kill -9 of the rebuild service: no handler runs, no file is tidied. */
  async killRebuild(): Promise<void> {
    this.rebuild.child.kill('SIGKILL')
    await this.rebuild.exited
  }

  /** Publishes `content` as the CMS would: the content changes, then a signed webhook is sent. */
  async publish(content: string, payload: Partial<WebhookPayload> = {}): Promise<Response> {
    await writeFile(this.environment.FAKE_BUILD_CONTENT!, `${content}\n`)
    const signed = signWebhook(this.environment.REBUILD_WEBHOOK_SECRET!, `msg_${randomUUID()}`, {
      type: 'publish',
      collection: 'regional-networks',
      id: 'kamut',
      locales: ['en'],
      at: new Date().toISOString(),
      ...payload,
    })
    return fetch(`${this.controlUrl}/webhooks/publish`, {
      method: 'POST',
      headers: { ...signed.headers, 'content-type': 'application/json' },
      body: signed.body,
    })
  }

  async rebuildNow(): Promise<Response> {
    return fetch(`${this.controlUrl}/rebuild`, { method: 'POST', headers: { authorization: `Bearer ${testToken}` } })
  }

  async status(): Promise<RebuildStatus> {
    return (await (await fetch(`${this.controlUrl}/status`)).json()) as RebuildStatus
  }

  /** The text of the public home page, or its status when it is not 200. */
  async homePage(): Promise<string> {
    const response = await fetch(`${this.siteUrl}/`)
    return response.status === 200 ? response.text() : `status ${response.status}`
  }

  /** One entry per build process the fake build started, in order: its build id and pid. */
  buildsStarted(): { buildId: string; pid: number }[] {
    const log = this.environment.FAKE_BUILD_LOG!
    if (!existsSync(log)) return []
    return readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [buildId = '', pid = ''] = line.split(' ')
        return { buildId, pid: Number(pid) }
      })
  }

  /** Waits until the home page shows `content`, and nothing is building or waiting. */
  async waitUntilLive(content: string, timeoutMs = 20_000): Promise<void> {
    await waitUntil(
      `the site to show "${content}" with nothing left to build`,
      async () => {
        if (!(await this.homePage()).includes(content)) return false
        const { building, queue } = await this.status()
        return building === null && queue.state === 'idle'
      },
      timeoutMs,
    )
  }

  async stop(): Promise<void> {
    for (const started of [this.rebuildProcess, this.siteProcess]) {
      if (started && started.child.exitCode === null && started.child.signalCode === null) {
        started.child.kill('SIGKILL')
        await started.exited
      }
    }
    await rm(this.workDir, { recursive: true, force: true })
  }
}

function start(script: string, environment: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', script)], {
    cwd: repoRoot,
    // Only these settings: not the test runner's NODE_ENV or a developer's own rebuild settings.
    env: environment as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, output: () => output, exited }
}

async function waitUntilAnswering(url: string, started: Started, accept = (response: Response) => response.ok) {
  let ended = false
  void started.exited.then(() => {
    ended = true
  })
  await waitUntil(
    `${url} to answer`,
    async () => {
      if (ended) throw new Error(`the process for ${url} ended before it answered:\n${started.output()}`)
      try {
        return accept(await fetch(url))
      } catch {
        return false
      }
    },
    30_000,
  )
}

/** Whether a process still runs (a zombie waiting for its parent to reap it does not). */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}
