import { createServer } from 'node:http'
import { BuildQueue } from './buildQueue'
import { catchUp } from './catchUp'
import type { RebuildConfig } from './config'
import { controlApi } from './controlApi'
import { Deploys } from './deploys'
import { closeServer, listen } from './listen'
import { createLogger, type Logger } from './logger'
import { PreviewBuilder } from './previews'
import { QueueFile } from './queueFile'
import { SiteBuilder } from './siteBuilder'
import { StagedCopies } from './stagedCopy'

export type RebuildService = {
  /** Where webhooks, status, health, manual rebuilds and rollbacks are answered, e.g. http://localhost:4322 */
  controlUrl: string
  queue: BuildQueue
  /**
   * Graceful stop: refuses new work (503), starts no more builds (what is pending stays in the
   * queue file), lets a running build finish within REBUILD_SHUTDOWN_GRACE_MS or abandons it
   * without touching the live site, then closes the port.
   */
  close: () => Promise<void>
}

/**
 * The rebuild service: receives webhooks and builds. It does not serve the public site; the site
 * server (scripts/site-server.ts), or a web server in production, serves SITES_DIR/current, so the
 * site stays up while this service is stopped, restarted or killed.
 */
export async function startRebuildService(
  config: RebuildConfig,
  log: Logger = createLogger('rebuild'),
): Promise<RebuildService> {
  const deploys = new Deploys(config.sitesDir)
  const queueFile = new QueueFile(config.sitesDir)
  const caughtUp = await catchUp(deploys, queueFile, log)
  const staged = new StagedCopies(deploys, log)
  const live = await deploys.liveBuildId()
  if (live !== null && config.stagedCopy) staged.prepare(live)
  const builder = new SiteBuilder({
    deploys,
    staged,
    stagedCopy: config.stagedCopy,
    buildCommand: config.buildCommand,
    keep: config.keep,
    timeoutMs: config.timeoutMs,
    pauseAfterSwitchMs: config.pauseAfterSwitchMs,
    log,
  })
  const queue = new BuildQueue(
    {
      runBuild: (triggers, handedOver) => builder.build(triggers, handedOver),
      afterBuilds: () => builder.settled(),
      save: (pending) => queueFile.save(pending),
      debounceMs: config.debounceMs,
      onError: (error) =>
        log.error(`the build could not be recorded: ${error instanceof Error ? error.message : String(error)}`),
    },
    caughtUp,
  )
  const previews = new PreviewBuilder({
    deploys,
    buildCommand: config.buildCommand,
    timeoutMs: config.timeoutMs,
    siteUrl: config.siteUrl,
    log,
  })
  const api = controlApi({ config, queue, builder, previews, deploys, log })
  const server = createServer(api.handle)
  const controlPort = await listen(server, config.controlPort, 'REBUILD_PORT')

  let closed: Promise<void> | undefined
  const close = async () => {
    api.refuseWork()
    previews.close()
    queue.close()
    const grace = setTimeout(() => builder.abandon(), config.shutdownGraceMs)
    await queue.settled()
    clearTimeout(grace)
    await builder.settled()
    await closeServer(server)
  }
  return {
    controlUrl: `http://localhost:${controlPort}`,
    queue,
    close: () => {
      closed ??= close()
      return closed
    },
  }
}
