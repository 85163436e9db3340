import { join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { expect, test } from 'vitest'
import { repoRoot } from '../../lib/paths'
import { readRebuildConfig } from '../../rebuild/config'

const secret = generateWebhookSecret()

test('only the webhook secret is required; everything else has a documented default', () => {
  expect(readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret })).toEqual({
    webhookSecret: secret,
    token: undefined,
    sitesDir: join(repoRoot, 'data', 'site'),
    buildCommand: `"${join(repoRoot, 'node_modules', '.bin', 'tsx')}" scripts/build-site.ts --dist "$OUT_DIR"`,
    sitePort: 4321,
    controlPort: 4322,
    debounceMs: 1500,
    keep: 5,
    timeoutMs: 600_000,
    cmsOrigin: 'http://localhost:3000',
  })
})

test('a relative SITES_DIR is taken from the repository root', () => {
  expect(readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret, SITES_DIR: 'public-site' }).sitesDir).toBe(
    join(repoRoot, 'public-site'),
  )
})

test('a missing or malformed secret and a bad number are refused, naming the setting', () => {
  expect(() => readRebuildConfig({})).toThrow(/REBUILD_WEBHOOK_SECRET is not set/)
  expect(() => readRebuildConfig({ REBUILD_WEBHOOK_SECRET: 'hunter2' })).toThrow(
    'REBUILD_WEBHOOK_SECRET must start with "whsec_"',
  )
  expect(() => readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_KEEP: '0' })).toThrow(
    'REBUILD_KEEP "0" must be a whole number of at least 1',
  )
})
