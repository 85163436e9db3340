/**
 * The public site: static files from SITES_DIR/current, following the symlink on every request so
 * a new build is served the moment the rebuild service switches to it. A process of its own, so the
 * site keeps answering while the rebuild service is stopped or restarted. In production a web
 * server (Caddy, nginx) can serve SITES_DIR/current instead (publisher/README.md).
 *
 *   pnpm tsx scripts/site-server.ts     SITES_DIR (default data/site), SITE_PORT (default 4321)
 *
 * SIGTERM or SIGINT: closes the port and exits 0.
 */

import { readSiteServerConfig } from '../publisher/src/service/config'
import { createLogger } from '../publisher/src/service/logger'
import { startSiteServer } from '../publisher/src/service/siteServer'
import { onStopSignal } from './lib/stopSignal'

const log = createLogger('site')

async function main() {
  const config = readSiteServerConfig()
  const server = await startSiteServer(config, log)
  log.info(`serving ${config.sitesDir}/current on ${server.url}`)
  onStopSignal(() => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error(`the site server did not stop cleanly: ${error instanceof Error ? error.message : error}`)
        process.exit(1)
      },
    )
  })
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
