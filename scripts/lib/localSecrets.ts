import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'

/**
 * Secrets the local system shares between its parts (CMS ↔ rebuild service), generated once into
 * the data folder on first start and never committed. Production sets them in the environment.
 */
function readOrCreate(file: string, create: () => string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, create(), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

export function localSecrets(dataDir: string) {
  return {
    webhookSecret:
      process.env.REBUILD_WEBHOOK_SECRET ?? readOrCreate(join(dataDir, 'webhook-secret'), generateWebhookSecret),
    rebuildToken:
      process.env.REBUILD_TOKEN ?? readOrCreate(join(dataDir, 'rebuild-token'), () => randomBytes(24).toString('hex')),
  }
}
