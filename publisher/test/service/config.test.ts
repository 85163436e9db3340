import { join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { expect, test } from 'vitest'
import { repoRoot } from '../../src/paths'
import { readRebuildConfig, readSiteServerConfig } from '../../src/service/config'

const secret = generateWebhookSecret()

test('only the webhook secret is required; everything else has a documented default', () => {
  expect(readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret })).toEqual({
    webhookSecret: secret,
    token: undefined,
    sitesDir: join(repoRoot, 'data', 'site'),
    buildCommand: `"${join(repoRoot, 'node_modules', '.bin', 'tsx')}" scripts/build-site.ts --out "$OUT_DIR"`,
    stagedCopy: true,
    controlPort: 4322,
    debounceMs: 500,
    keep: 5,
    timeoutMs: 600_000,
    shutdownGraceMs: 30_000,
    cmsOrigin: 'http://localhost:3000',
    siteUrl: 'http://localhost:4321',
    organisation: undefined,
    pauseAfterSwitchMs: 0,
  })
})

test('the site server needs no secret: it serves SITES_DIR/current on SITE_PORT, 4321 by default', () => {
  expect(readSiteServerConfig({})).toEqual({ sitesDir: join(repoRoot, 'data', 'site'), port: 4321 })
  expect(readSiteServerConfig({ SITES_DIR: '/srv/site', SITE_PORT: '8080' })).toEqual({
    sitesDir: '/srv/site',
    port: 8080,
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
