import { describe, expect, test } from 'vitest'
import {
  assertWebhookSecret,
  generateWebhookSecret,
  signWebhook,
  verifyWebhook,
  type WebhookPayload,
  WebhookRejection,
} from '../src/webhooks'

const secret = generateWebhookSecret()
const payload: WebhookPayload = {
  type: 'publish',
  collection: 'regional-networks',
  id: 7,
  locales: ['fi', 'sv'],
  at: '2025-03-01T10:00:00.000Z',
}

function rejection(run: () => unknown): WebhookRejection {
  try {
    run()
  } catch (error) {
    if (error instanceof WebhookRejection) return error
    throw error
  }
  throw new Error('the webhook was accepted')
}

test('a signed webhook verifies and returns its payload', () => {
  const { headers, body } = signWebhook(secret, 'msg_1', payload)
  expect(Object.keys(headers)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature'])
  expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
  expect(verifyWebhook(secret, headers, body)).toEqual(payload)
})

test('header names are matched whatever their case, as HTTP allows', () => {
  const { headers, body } = signWebhook(secret, 'msg_2', payload)
  const shouted = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]))
  expect(verifyWebhook(secret, shouted, body)).toEqual(payload)
})

test('fields outside the contract are dropped', () => {
  const { headers, body } = signWebhook(secret, 'msg_extra', { ...payload, source: 'manual' } as WebhookPayload)
  expect(verifyWebhook(secret, headers, body)).toEqual(payload)
})

describe('a webhook is refused, saying why, when', () => {
  test('it was signed with another secret', () => {
    const { headers, body } = signWebhook(generateWebhookSecret(), 'msg_3', payload)
    const refused = rejection(() => verifyWebhook(secret, headers, body))
    expect(refused.reason).toBe('wrong-signature')
    expect(refused.message).toMatch(/msg_3: the signature does not match/)
  })

  test('its body was changed after signing', () => {
    const { headers, body } = signWebhook(secret, 'msg_4', payload)
    expect(rejection(() => verifyWebhook(secret, headers, body.replace('7', '8'))).reason).toBe('wrong-signature')
  })

  test('its timestamp is more than five minutes old', () => {
    const { headers, body } = signWebhook(secret, 'msg_5', payload, new Date(Date.now() - 6 * 60_000))
    const refused = rejection(() => verifyWebhook(secret, headers, body))
    expect(refused.reason).toBe('stale-timestamp')
    expect(refused.message).toMatch(/timestamp is 36\d s old, more than the 300 s allowed/)
  })

  test('its timestamp is more than five minutes ahead', () => {
    const { headers, body } = signWebhook(secret, 'msg_6', payload, new Date(Date.now() + 6 * 60_000))
    const refused = rejection(() => verifyWebhook(secret, headers, body))
    expect(refused.reason).toBe('future-timestamp')
    expect(refused.message).toMatch(/in the future/)
  })

  test('a signature header is missing', () => {
    const { headers, body } = signWebhook(secret, 'msg_7', payload)
    const { 'webhook-signature': _, ...unsigned } = headers
    expect(rejection(() => verifyWebhook(secret, unsigned, body)).reason).toBe('missing-headers')
  })

  test('its timestamp is not a number', () => {
    const { headers, body } = signWebhook(secret, 'msg_8', payload)
    expect(rejection(() => verifyWebhook(secret, { ...headers, 'webhook-timestamp': 'soon' }, body)).reason).toBe(
      'invalid-timestamp',
    )
  })

  test('it is correctly signed but not a publish event', () => {
    const { headers, body } = signWebhook(secret, 'msg_9', { ...payload, type: 'archive' as 'publish' })
    const refused = rejection(() => verifyWebhook(secret, headers, body))
    expect(refused.reason).toBe('invalid-payload')
    expect(refused.message).toMatch(/"type" must be one of publish, unpublish, delete/)
  })
})

test('secrets must be whsec_ and base64 of at least 24 bytes, and errors never echo them', () => {
  expect(() => assertWebhookSecret(generateWebhookSecret())).not.toThrow()
  expect(() => assertWebhookSecret('c2VjcmV0LXdpdGhvdXQtcHJlZml4LWJ1dC1sb25nLWVub3VnaA==', 'X')).toThrow(
    'X must start with "whsec_"',
  )
  expect(() => assertWebhookSecret('whsec_not base64!')).toThrow(/followed by base64/)
  expect(() => assertWebhookSecret(`whsec_${Buffer.from('short').toString('base64')}`)).toThrow(/at least 24/)
  expect(() => signWebhook('whsec_c2hvcnQ=', 'msg_10', payload)).toThrow(/^webhook secret must/)
})
