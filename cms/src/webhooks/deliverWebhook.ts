import { signWebhook } from '@union/shared/webhooks'
import type { TaskConfig } from 'payload'
import type { PublishEvent } from './queueWebhooks'
import type { WebhookFormat } from './WebhookTargets'

type Target = { id: number | string; name: string; url: string; format: WebhookFormat; secret: string }

/**
 * Sends one webhook to one target and logs the attempt. A failure throws, so Payload's job runner
 * retries it with exponential backoff. Retries keep the webhook id (the receiver's replay guard
 * answers 409 to an id it already has, which counts as delivered) and sign a fresh timestamp.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a publish webhook',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'target', type: 'relationship', relationTo: 'webhook-targets', required: true },
    { name: 'webhookId', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  handler: async ({ input, job, req }) => {
    const targetId = typeof input.target === 'object' ? input.target.id : input.target
    const target = (await req.payload.findByID({
      collection: 'webhook-targets',
      id: targetId,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Target
    const event = input.event as PublishEvent
    const request = buildRequest(target, input.webhookId, event)
    const started = Date.now()
    let statusCode: number | undefined
    let error: string | undefined
    try {
      const response = await fetch(target.url, { method: 'POST', ...request, signal: AbortSignal.timeout(10_000) })
      statusCode = response.status
      if (!response.ok && response.status !== 409) error = (await response.text()).slice(0, 500) || response.statusText
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause)
    }
    const ok = error === undefined
    // Logged outside the job's transaction, so a failed attempt is recorded too.
    await req.payload.create({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      data: {
        target: target.id as number,
        webhookId: input.webhookId,
        event: [event.type, event.collection ?? event.global, event.id].filter(Boolean).join(' '),
        attempt: (job.totalTried ?? 0) + 1,
        ok,
        statusCode,
        error,
        durationMs: Date.now() - started,
        payload: event,
      },
    })
    if (!ok)
      throw new Error(
        `Webhook ${input.webhookId} to "${target.name}" (${target.url}) failed: ${statusCode ?? ''} ${error}`,
      )
    return { output: {} }
  },
}

function buildRequest(
  target: Target,
  webhookId: string,
  event: PublishEvent,
): { headers: Record<string, string>; body: string } {
  if (target.format === 'github-repository-dispatch') {
    return {
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${target.secret}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify({ event_type: 'cms-publish', client_payload: { webhookId, ...event } }),
    }
  }
  const signed = signWebhook(target.secret, webhookId, event)
  return { headers: { ...signed.headers, 'Content-Type': 'application/json' }, body: signed.body }
}
