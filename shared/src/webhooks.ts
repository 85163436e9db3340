import { randomBytes } from 'node:crypto'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { describeIssues, type WebhookPayload, webhookPayloadSchema } from './messages/webhookPayload'

/**
 * Webhooks the CMS sends when something the site shows changes, signed by the Standard Webhooks
 * scheme (https://www.standardwebhooks.com): HMAC-SHA256 over `id.timestamp.body` with a shared
 * `whsec_`-prefixed base64 secret. Signing and verifying live here so sender and receiver cannot
 * disagree on the format.
 */
export {
  describeIssues,
  type WebhookPayload,
  webhookPayloadSchema,
  webhookPayloadTypes,
} from './messages/webhookPayload'

export type WebhookHeaders = {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/** The library's tolerance: a webhook signed more than this before or after now is refused. */
export const webhookToleranceSeconds = 5 * 60

const secretPrefix = 'whsec_'
/** The scheme asks for 24 to 64 random bytes; fewer is too easy to guess. */
const minimumSecretBytes = 24

/** A new secret in the scheme's format, for development set-ups and key rotation. */
export function generateWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString('base64')}`
}

/** Throws, without echoing the secret, when it is not `whsec_` + base64 of at least 24 bytes. */
export function assertWebhookSecret(secret: string, name = 'webhook secret'): void {
  if (!secret.startsWith(secretPrefix)) throw new Error(`${name} must start with "${secretPrefix}"`)
  const encoded = secret.slice(secretPrefix.length)
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
    throw new Error(`${name} must be "${secretPrefix}" followed by base64`)
  }
  if (Buffer.from(encoded, 'base64').length < minimumSecretBytes) {
    throw new Error(`${name} must encode at least ${minimumSecretBytes} random bytes`)
  }
}

export function signWebhook(
  secret: string,
  id: string,
  payload: WebhookPayload,
  timestamp: Date = new Date(),
): { headers: WebhookHeaders; body: string } {
  assertWebhookSecret(secret)
  const body = JSON.stringify(payload)
  return {
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
    },
    body,
  }
}

export type WebhookRejectionReason =
  | 'missing-headers'
  | 'invalid-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'wrong-signature'
  | 'invalid-payload'

/** Why a webhook was refused; `reason` lets a receiver answer with the right status code. */
export class WebhookRejection extends Error {
  constructor(
    readonly reason: WebhookRejectionReason,
    message: string,
  ) {
    super(message)
    this.name = 'WebhookRejection'
  }
}

/**
 * Checks the signature and timestamp of a webhook against the raw body as received, and returns
 * its payload. Throws a WebhookRejection that says which check failed.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
): WebhookPayload {
  const received = webhookHeaders(headers)
  const label = `webhook ${received['webhook-id'] || '(no webhook-id)'}`
  try {
    new Webhook(secret).verify(body, received, { jsonParse: false })
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw rejectionFor(error, label, received)
    throw error
  }
  return parseWebhookPayload(body, label)
}

function webhookHeaders(headers: Record<string, string | string[] | undefined>): WebhookHeaders {
  const lowerCased = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  const read = (name: keyof WebhookHeaders) => {
    const value = lowerCased.get(name)
    return Array.isArray(value) ? value.join(' ') : (value ?? '')
  }
  return {
    'webhook-id': read('webhook-id'),
    'webhook-timestamp': read('webhook-timestamp'),
    'webhook-signature': read('webhook-signature'),
  }
}

// The library reports every failure as one error class; its messages (pinned at 1.1.1, guarded by
// shared/test/webhooks.test.ts) tell the cases apart.
function rejectionFor(error: WebhookVerificationError, label: string, headers: WebhookHeaders): WebhookRejection {
  const skew = Math.floor(Date.now() / 1000) - Number.parseInt(headers['webhook-timestamp'], 10)
  switch (error.message) {
    case 'Missing required headers':
      return new WebhookRejection(
        'missing-headers',
        `${label}: the headers webhook-id, webhook-timestamp and webhook-signature are all required`,
      )
    case 'Invalid Signature Headers':
      return new WebhookRejection(
        'invalid-timestamp',
        `${label}: webhook-timestamp "${headers['webhook-timestamp']}" is not a number of seconds since 1970`,
      )
    case 'Message timestamp too old':
      return new WebhookRejection(
        'stale-timestamp',
        `${label}: timestamp is ${skew} s old, more than the ${webhookToleranceSeconds} s allowed; resend it, or check the sender's clock`,
      )
    case 'Message timestamp too new':
      return new WebhookRejection(
        'future-timestamp',
        `${label}: timestamp is ${-skew} s in the future, more than the ${webhookToleranceSeconds} s allowed; check the sender's clock`,
      )
    default:
      return new WebhookRejection(
        'wrong-signature',
        `${label}: the signature does not match; sender and receiver must share the same webhook secret`,
      )
  }
}

function parseWebhookPayload(body: string, label: string): WebhookPayload {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    throw new WebhookRejection('invalid-payload', `${label}: the body is not JSON`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new WebhookRejection('invalid-payload', `${label}: the body must be a JSON object`)
  }
  // Only the fields of the contract travel on, whatever else a sender adds (zod drops unknown keys).
  const result = webhookPayloadSchema.safeParse(parsed)
  if (!result.success) throw new WebhookRejection('invalid-payload', `${label}: ${describeIssues(result.error)}`)
  return result.data
}
