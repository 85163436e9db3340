import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BuildQueue } from './buildQueue'
import type { RebuildConfig } from './config'
import { controlApi } from './controlApi'
import { Deploys } from './deploys'
import { SiteBuilder } from './siteBuilder'
import { staticSite } from './staticSite'

export type RebuildService = {
  /** Where the public site is served, e.g. http://localhost:4321 */
  siteUrl: string
  /** Where webhooks, status, manual rebuilds and rollbacks are answered, e.g. http://localhost:4322 */
  controlUrl: string
  queue: BuildQueue
  /** Stops taking work, stops a running build (its folder is removed) and closes both ports. */
  close: () => Promise<void>
}

/**
 * The rebuild service: one process, two ports. The public site and the control API are apart so a
 * deployment can expose the site and keep the control port internal, and so no page path of the
 * site can ever collide with an endpoint such as /status.
 */
export async function startRebuildService(
  config: RebuildConfig,
  log: (line: string) => void = (line) => console.log(`[rebuild] ${line}`),
): Promise<RebuildService> {
  const deploys = new Deploys(config.sitesDir)
  await deploys.prepare()
  const builder = new SiteBuilder({
    deploys,
    buildCommand: config.buildCommand,
    keep: config.keep,
    timeoutMs: config.timeoutMs,
    log,
  })
  const queue = new BuildQueue(
    (triggers) => builder.build(triggers),
    config.debounceMs,
    (error) => log(`the build could not be recorded: ${error instanceof Error ? error.message : String(error)}`),
  )
  const siteServer = createServer(staticSite(() => deploys.liveDir(), log))
  const controlServer = createServer(controlApi({ config, queue, builder, deploys, log }))
  const sitePort = await listen(siteServer, config.sitePort, 'SITE_PORT')
  const controlPort = await listen(controlServer, config.controlPort, 'REBUILD_PORT').catch(async (error) => {
    await close(siteServer)
    throw error
  })

  return {
    siteUrl: `http://localhost:${sitePort}`,
    controlUrl: `http://localhost:${controlPort}`,
    queue,
    close: async () => {
      queue.close()
      builder.stop()
      await queue.settled()
      await Promise.all([close(siteServer), close(controlServer)])
    },
  }
}

function listen(server: Server, port: number, setting: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`cannot listen on port ${port} (${setting}): ${error.code ?? error.message}`)),
    )
    server.listen(port, () => resolve((server.address() as AddressInfo).port))
  })
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
}
