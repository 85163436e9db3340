import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RebuildHealth, RebuildStatus } from '@union/shared/messages/rebuildStatus'
import { parsePreviewRequest } from '@union/shared/sitePreview'
import { verifyWebhook, WebhookRejection, type WebhookRejectionReason } from '@union/shared/webhooks'
import type { BuildQueue } from './buildQueue'
import type { BuildTrigger } from './buildRecord'
import type { RebuildConfig } from './config'
import type { Deploys } from './deploys'
import { HttpError, readBody, requireBearer, sendJson } from './http'
import type { Logger } from './logger'
import type { PreviewBuilder } from './previews'
import { ReplayGuard } from './replayGuard'
import type { SiteBuilder } from './siteBuilder'

export type ControlApiParts = {
  config: Pick<RebuildConfig, 'webhookSecret' | 'token' | 'cmsOrigin' | 'organisation' | 'siteUrl'>
  queue: BuildQueue
  builder: SiteBuilder
  previews: PreviewBuilder
  deploys: Deploys
  log: Logger
}

export type ControlApi = {
  handle: (request: IncomingMessage, response: ServerResponse) => void
  /** Shutdown: webhooks, manual rebuilds, rollbacks and previews answer 503 from now on; status still answers. */
  refuseWork: () => void
}

/** Webhook bodies are a few hundred bytes; anything near this limit is not from the CMS. */
const webhookBodyLimit = 64 * 1024

const statusForRejection: Record<WebhookRejectionReason, number> = {
  'missing-headers': 400,
  'invalid-timestamp': 400,
  'stale-timestamp': 400,
  'future-timestamp': 400,
  'wrong-signature': 401,
  'invalid-payload': 400,
}

/**
 * The control API: POST /webhooks/publish (signed by the CMS), GET /status (readable by the admin
 * through CORS), GET /health (for a supervisor), POST /rebuild, POST /rollback/<buildId> and
 * POST /previews (bearer token).
 */
export function controlApi(parts: ControlApiParts): ControlApi {
  const replays = new ReplayGuard()
  let refusing = false
  const statusCors = {
    'access-control-allow-origin': parts.config.cmsOrigin,
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': 'authorization',
    vary: 'Origin',
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname } = new URL(request.url ?? '/', 'http://rebuild.invalid')
    const method = request.method ?? 'GET'
    if (pathname === '/health') {
      allow(method, ['GET', 'HEAD'])
      const body = await health()
      return sendJson(response, body.ok ? 200 : 503, body)
    }
    if (pathname === '/webhooks/publish') {
      allow(method, ['POST'])
      refuseWhileShuttingDown()
      return receiveWebhook(request, response)
    }
    if (pathname === '/status') {
      if (method === 'OPTIONS') {
        response.writeHead(204, { ...statusCors, 'access-control-max-age': '600' })
        return void response.end()
      }
      allow(method, ['GET', 'HEAD'])
      return sendJson(response, 200, await status(), statusCors)
    }
    if (pathname === '/rebuild') {
      allow(method, ['POST'])
      requireBearer(request, parts.config.token, 'POST /rebuild')
      refuseWhileShuttingDown()
      await accept({ source: 'manual', receivedAt: new Date().toISOString() })
      return sendJson(response, 202, { queue: parts.queue.state })
    }
    const rollback = /^\/rollback\/([^/]+)$/.exec(pathname)
    if (rollback?.[1]) {
      allow(method, ['POST'])
      requireBearer(request, parts.config.token, 'POST /rollback')
      refuseWhileShuttingDown()
      return rollBack(rollback[1], response)
    }
    if (pathname === '/previews') {
      allow(method, ['POST'])
      requireBearer(request, parts.config.token, 'POST /previews')
      refuseWhileShuttingDown()
      return buildPreview(request, response)
    }
    throw new HttpError(404, `no such endpoint: ${method} ${pathname}`)
  }

  /** Answers once the preview is built (or not): the admin waits for it, as the editor does. */
  async function buildPreview(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request, webhookBodyLimit)
    let preview: ReturnType<typeof parsePreviewRequest>
    try {
      preview = parsePreviewRequest(JSON.parse(body))
    } catch (error) {
      throw new HttpError(400, `POST /previews: ${error instanceof Error ? error.message : String(error)}`)
    }
    sendJson(response, 200, await parts.previews.build(preview))
  }

  async function receiveWebhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request, webhookBodyLimit)
    let payload: ReturnType<typeof verifyWebhook>
    try {
      payload = verifyWebhook(parts.config.webhookSecret, request.headers, body)
    } catch (error) {
      if (error instanceof WebhookRejection) throw new HttpError(statusForRejection[error.reason], error.message)
      throw error
    }
    const webhookId = String(request.headers['webhook-id'])
    const timestamp = Number.parseInt(String(request.headers['webhook-timestamp']), 10)
    // Checked after the signature, so only the CMS can fill this memory.
    if (!replays.firstSighting(webhookId, timestamp)) {
      throw new HttpError(409, `webhook ${webhookId} was already received; a webhook id is accepted once`)
    }
    const ours = parts.config.organisation
    if (ours && payload.organisation && payload.organisation !== ours) {
      // Another organisation's site: this one is left exactly as it is.
      sendJson(response, 200, { ignored: webhookId, reason: `a change of ${payload.organisation}, not ${ours}` })
      return
    }
    try {
      await accept({ source: 'webhook', webhookId, receivedAt: new Date().toISOString(), ...payload })
    } catch (error) {
      replays.forget(webhookId)
      throw error
    }
    sendJson(response, 202, { accepted: webhookId, queue: parts.queue.state })
  }

  /** 202 promises the change reaches the site, so it is on disk before the answer leaves. */
  async function accept(trigger: BuildTrigger): Promise<void> {
    try {
      await parts.queue.add(trigger)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      parts.log.error(`an accepted change could not be saved to the queue file: ${reason}`)
      throw new HttpError(503, `the change could not be saved (${reason}); send it again`, { 'retry-after': '10' })
    }
  }

  function refuseWhileShuttingDown(): void {
    if (refusing) {
      throw new HttpError(503, 'the rebuild service is shutting down; send it again to its next start', {
        'retry-after': '10',
      })
    }
  }

  async function status(): Promise<RebuildStatus> {
    const running = parts.builder.current
    // The running build's record is on disk too ("building"); it is listed once, as it is now.
    const recorded = (await parts.deploys.records()).filter((record) => record.id !== running?.id)
    return {
      live: await parts.deploys.liveBuildId(),
      building: running?.id ?? null,
      queue: parts.queue.state,
      builds: running ? [running, ...recorded] : recorded,
      siteUrl: parts.config.siteUrl,
    }
  }

  async function health(): Promise<RebuildHealth> {
    const queue = parts.queue.state
    return {
      ok: !refusing,
      live: await parts.deploys.liveBuildId(),
      queue: { state: queue.state, pending: queue.pending.length },
    }
  }

  async function rollBack(buildId: string, response: ServerResponse): Promise<void> {
    const kept = await parts.deploys.keptBuild(buildId)
    if (!kept) {
      throw new HttpError(
        404,
        `build "${buildId}" is not a kept successful build; GET /status lists the builds that can be rolled back to`,
      )
    }
    await parts.deploys.switchTo(buildId)
    sendJson(response, 200, { live: buildId, build: kept })
  }

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy()
      if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message }, error.headers)
      const message = `${request.method} ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`
      parts.log.error(message)
      sendJson(response, 500, { error: message })
    })
  }
  return {
    handle,
    refuseWork: () => {
      refusing = true
    },
  }
}

function allow(method: string, allowed: string[]): void {
  if (!allowed.includes(method)) {
    throw new HttpError(405, `${method} is not allowed here; use ${allowed.join(' or ')}`, {
      allow: allowed.join(', '),
    })
  }
}
