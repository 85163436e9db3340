import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateWebhookSecret, signWebhook, type WebhookPayload } from '@union/shared/webhooks'
import { afterEach, beforeEach, vi } from 'vitest'
import type { BuildRecord } from '../../rebuild/buildRecord'
import type { RebuildConfig } from '../../rebuild/config'
import { type RebuildService, startRebuildService } from '../../rebuild/service'

const fakeSiteBuild = resolve(import.meta.dirname, '..', 'fixtures', 'fake-site-build.mjs')

export const testToken = 'test-rebuild-token'
export const cmsOrigin = 'http://cms.test'

export type Status = {
  live: string | null
  building: string | null
  queue: { state: string; pending: unknown[]; nextBuildAt: string | null }
  builds: BuildRecord[]
}

export type TestService = RebuildService & {
  secret: string
  sitesDir: string
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
 * The rebuild service on free ports over a fresh sites folder, building with the fake site build
 * (a real child process) and a debounce short enough for tests.
 */
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
      sitePort: 0,
      controlPort: 0,
      debounceMs: 200,
      keep: 5,
      timeoutMs: 30_000,
      cmsOrigin,
      ...overrides,
    },
    () => {},
  )
  const control = (path: string, init?: RequestInit) => fetch(`${service.controlUrl}${path}`, init)
  let closed: Promise<void> | undefined
  const close = () => {
    closed ??= service.close()
    return closed
  }
  return {
    ...service,
    secret,
    sitesDir,
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
    page: (path: string) => fetch(`${service.siteUrl}${path}`, { redirect: 'manual' }),
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
