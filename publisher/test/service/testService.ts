import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RebuildStatus } from '@union/shared/messages/rebuildStatus'
import { generateWebhookSecret, signWebhook, type WebhookPayload } from '@union/shared/webhooks'
import { afterEach, beforeEach, vi } from 'vitest'
import type { RebuildConfig } from '../../src/service/config'
import { silentLogger } from '../../src/service/logger'
import { type RebuildService, startRebuildService } from '../../src/service/service'
import { startSiteServer } from '../../src/service/siteServer'

export const fakeSiteBuild = resolve(import.meta.dirname, '..', 'fixtures', 'fake-site-build.mjs')

export const testToken = 'test-rebuild-token'
export const cmsOrigin = 'http://cms.test'

export type Status = RebuildStatus

export type TestService = RebuildService & {
  secret: string
  sitesDir: string
  /** The site server on the same sites folder, as `npm start` runs it beside the service. */
  siteUrl: string
  /** Closes the service and removes its sites folder and build log. */
  stop: () => Promise<void>
  /** One entry per build process the fake build started, in order: its build id and pid. */
  buildsStarted: () => { buildId: string; pid: number }[]
  sendWebhook: (payload?: Partial<WebhookPayload>, options?: { id?: string; timestamp?: Date }) => Promise<Response>
  status: () => Promise<Status>
  page: (path: string) => Promise<Response>
  control: (path: string, init?: RequestInit) => Promise<Response>
}

/**
 * The rebuild service and the site server, in this process, on free ports over a fresh sites
 * folder, building with the fake site build (a real child process) and a debounce short enough
 * for tests. A build still running at the end is abandoned at once (no shutdown grace).
 * serviceProcess.ts starts the same as child processes, for tests that kill them.
 */
/** The public address the service names in /status (links to changed pages); nothing serves it. */
export const testSiteUrl = 'https://site.example'

export async function startTestService(overrides: Partial<RebuildConfig> = {}): Promise<TestService> {
  const workDir = await mkdtemp(join(tmpdir(), 'rebuild-test-'))
  const sitesDir = join(workDir, 'site')
  const buildLog = join(workDir, 'builds.log')
  const secret = generateWebhookSecret()
  const service = await startRebuildService(
    {
      webhookSecret: secret,
      token: testToken,
      sitesDir,
      buildCommand: `FAKE_BUILD_LOG="${buildLog}" "${process.execPath}" "${fakeSiteBuild}"`,
      // The fake build replaces files as the real one does, so builds start from the staged copy.
      stagedCopy: true,
      controlPort: 0,
      debounceMs: 200,
      keep: 5,
      timeoutMs: 30_000,
      shutdownGraceMs: 0,
      cmsOrigin,
      siteUrl: testSiteUrl,
      organisation: undefined,
      pauseAfterSwitchMs: 0,
      ...overrides,
    },
    silentLogger,
  )
  const site = await startSiteServer({ sitesDir: overrides.sitesDir ?? sitesDir, port: 0 }, silentLogger)
  const control = (path: string, init?: RequestInit) => fetch(`${service.controlUrl}${path}`, init)
  let closed: Promise<void> | undefined
  const close = () => {
    closed ??= Promise.all([service.close(), site.close()]).then(() => undefined)
    return closed
  }
  return {
    ...service,
    secret,
    sitesDir: overrides.sitesDir ?? sitesDir,
    siteUrl: site.url,
    buildsStarted: () =>
      existsSync(buildLog)
        ? readFileSync(buildLog, 'utf8')
            .trim()
            .split('\n')
            .map((line) => {
              const [buildId = '', pid = ''] = line.split(' ')
              return { buildId, pid: Number(pid) }
            })
        : [],
    sendWebhook: (payload = {}, options = {}) => {
      const signed = signWebhook(
        secret,
        options.id ?? `msg_${randomUUID()}`,
        { type: 'publish', collection: 'pages', id: 1, at: new Date().toISOString(), ...payload },
        options.timestamp,
      )
      return control('/webhooks/publish', {
        method: 'POST',
        headers: { ...signed.headers, 'content-type': 'application/json' },
        body: signed.body,
      })
    },
    status: async () => (await (await control('/status')).json()) as Status,
    page: (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual' }),
    control,
    close,
    stop: async () => {
      await close()
      await rm(workDir, { recursive: true, force: true })
    },
  }
}

export function bearer(token = testToken): RequestInit {
  return { method: 'POST', headers: { authorization: `Bearer ${token}` } }
}

/** Polls until `check` holds, or fails naming what it waited for. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A fresh service for every test of the file, stopped (and env stubs undone) after each. */
export function freshServicePerTest(): () => TestService {
  let service: TestService | undefined
  beforeEach(async () => {
    service = await startTestService()
  })
  afterEach(async () => {
    vi.unstubAllEnvs()
    await service?.stop()
  })
  return () => {
    if (!service) throw new Error('the test service is started in beforeEach; call this inside a test')
    return service
  }
}
