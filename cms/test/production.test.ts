import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { rest } from './rest'

const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx')

/** Loads the CMS config in a process of its own, as `next start` does, with only the given settings. */
function loadConfig(env: Record<string, string>) {
  const { PAYLOAD_SECRET: _secret, SERVER_URL: _url, VITEST: _vitest, ...inherited } = process.env
  return spawnSync(tsx, [join(import.meta.dirname, 'fixtures', 'load-config.ts')], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...inherited, DATABASE_URI: ':memory:', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('a production CMS', () => {
  it('refuses to start without PAYLOAD_SECRET and SERVER_URL, naming both', () => {
    const run = loadConfig({ NODE_ENV: 'production' })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('In production (NODE_ENV=production) the CMS needs PAYLOAD_SECRET and SERVER_URL')
  })

  it('names the one setting that is missing', () => {
    const run = loadConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-production-secret' })
    expect(run.stderr).toContain('the CMS needs SERVER_URL:')
  })

  it('starts with both', () => {
    const run = loadConfig({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'a-long-production-secret',
      SERVER_URL: 'https://cms.example.org',
    })
    expect(run.stderr).not.toContain('the CMS needs')
    expect(run.status).toBe(0)
  })
})

describe('GET /api/health', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await startPayload()
  })
  afterAll(async () => {
    await stopPayload(payload)
  })

  it('answers 200 to anyone while the database answers', async () => {
    const { status, body } = await rest(payload, '/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, database: 'reachable' })
  })

  it('answers 503 when the database does not', async () => {
    await payload.db.destroy?.()
    const { status, body } = await rest(payload, '/health')
    expect(status).toBe(503)
    expect(body).toMatchObject({ ok: false, database: 'unreachable' })
  })
})
