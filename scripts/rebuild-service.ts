/**
 * The rebuild-on-publish service: receives the CMS's signed publish webhooks, rebuilds the static
 * site into a fresh folder and switches the served site to it when the build succeeds. Settings and
 * their defaults are in scripts/rebuild/config.ts; the HTTP API is described in scripts/rebuild/README.md.
 *
 *   pnpm tsx scripts/rebuild-service.ts               run it
 *   pnpm tsx scripts/rebuild-service.ts --new-secret  print a new REBUILD_WEBHOOK_SECRET
 */
import { generateWebhookSecret } from '@union/shared/webhooks'
import { readRebuildConfig } from './rebuild/config'
import { startRebuildService } from './rebuild/service'

async function main() {
  if (process.argv.includes('--new-secret')) return console.log(generateWebhookSecret())
  const config = readRebuildConfig()
  const service = await startRebuildService(config)
  console.log(
    [
      '',
      'The rebuild service is running.',
      `  Site:     ${service.siteUrl}  (served from ${config.sitesDir}/current)`,
      `  Webhooks: ${service.controlUrl}/webhooks/publish`,
      `  Status:   ${service.controlUrl}/status`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      service.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`the rebuild service did not stop cleanly: ${error instanceof Error ? error.message : error}`)
          process.exit(1)
        },
      )
    })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
