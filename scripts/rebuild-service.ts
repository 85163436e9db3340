/**
 * The rebuild-on-publish service: receives the CMS's signed publish webhooks, rebuilds the static
 * site into a fresh folder and switches SITES_DIR/current to it when the build succeeds. It does
 * not serve the site: scripts/site-server.ts (or a web server) does. Settings and their defaults
 * are in publisher/src/service/config.ts; the HTTP API is described in publisher/README.md.
 *
 *   pnpm tsx scripts/rebuild-service.ts               run it
 *   pnpm tsx scripts/rebuild-service.ts --new-secret  print a new REBUILD_WEBHOOK_SECRET
 *
 * SIGTERM or SIGINT: stops gracefully and exits 0 (see RebuildService.close); kill -9 loses no
 * accepted change either, the next start catches up.
 */
import { generateWebhookSecret } from '@union/shared/webhooks'
import { readRebuildConfig } from '../publisher/src/service/config'
import { createLogger } from '../publisher/src/service/logger'
import { startRebuildService } from '../publisher/src/service/service'
import { onStopSignal } from './lib/stopSignal'

const log = createLogger('rebuild')

async function main() {
  if (process.argv.includes('--new-secret')) return console.log(generateWebhookSecret())
  const config = readRebuildConfig()
  const service = await startRebuildService(config, log)
  log.info(
    `listening on ${service.controlUrl} (webhooks /webhooks/publish, status /status, health /health), building into ${config.sitesDir}`,
  )
  onStopSignal((signal) => {
    log.info(`${signal}: shutting down, a running build gets ${config.shutdownGraceMs} ms to finish`)
    service.close().then(
      () => {
        log.info('stopped; accepted changes not yet built stay in the queue file for the next start')
        process.exit(0)
      },
      (error: unknown) => {
        log.error(`the rebuild service did not stop cleanly: ${error instanceof Error ? error.message : error}`)
        process.exit(1)
      },
    )
  })
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
