import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, expect, test, vi } from 'vitest'

beforeEach(() => {
  vi.resetModules()
  vi.unstubAllEnvs()
})

async function loadEnv(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value)
  return import('../src/env')
}

test('without PAYLOAD_SECRET a secret is generated once into the data folder, readable only by its owner', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'union-env-'))
  const env = await loadEnv({ DATA_DIR: dataDir, PAYLOAD_SECRET: undefined })
  delete process.env.PAYLOAD_SECRET
  const first = env.payloadSecret()
  expect(first).toMatch(/^[0-9a-f]{64}$/)
  expect(env.payloadSecret()).toBe(first)
  expect(readFileSync(join(dataDir, 'secret'), 'utf8')).toBe(first)
  expect(statSync(join(dataDir, 'secret')).mode & 0o077).toBe(0)
})

test('PAYLOAD_SECRET from the environment wins', async () => {
  const env = await loadEnv({ PAYLOAD_SECRET: 'from-the-environment' })
  expect(env.payloadSecret()).toBe('from-the-environment')
})

test('DATABASE_URI chooses the database; anything else is refused by name, without its password', async () => {
  const env = await loadEnv({ DATA_DIR: '/srv/union-data' })
  expect(env.databaseChoice('')).toEqual({ kind: 'sqlite', url: 'file:/srv/union-data/cms.db' })
  expect(env.databaseChoice('mongodb://db:27017/union')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/union' })
  expect(env.databaseChoice('mongodb+srv://u:p@cluster/union').kind).toBe('mongodb')
  expect(() => env.databaseChoice('postgres://admin:hunter2@db/union')).toThrow(
    /postgres:\/\/\*\*\*@db\/union.*not supported/,
  )
  expect(() => env.databaseChoice('postgres://admin:hunter2@db/union')).not.toThrow(/hunter2/)
})
