import { expect, test } from 'vitest'
import type { BuildRecord, BuildTrigger } from '../../src/service/buildRecord'
import { incrementalEnvironment, triggersSinceLive } from '../../src/service/siteBuilder'

let webhooks = 0
const webhook = (payload: Partial<BuildTrigger & { source: 'webhook' }>): BuildTrigger => ({
  source: 'webhook',
  webhookId: `msg_${++webhooks}`,
  receivedAt: '2026-01-01T00:00:00.000Z',
  type: 'publish',
  at: '2026-01-01T00:00:00.000Z',
  ...payload,
})

test('the build command learns what changed and which build is live, to rebuild only the affected pages', () => {
  const env = incrementalEnvironment(
    [webhook({ collection: 'regional-networks', id: 4 }), webhook({ type: 'delete', collection: 'pages', id: 2 })],
    '/sites/builds/20260101T000000000Z-abcd',
  )
  expect(env.PREVIOUS_BUILD).toBe('/sites/builds/20260101T000000000Z-abcd')
  expect(JSON.parse(env.SITE_CHANGES ?? '')).toEqual([
    { type: 'publish', collection: 'regional-networks', id: 4 },
    { type: 'delete', collection: 'pages', id: 2 },
  ])
})

test('a manual rebuild, or the first build, names no changes: everything is built', () => {
  const manual: BuildTrigger = { source: 'manual', receivedAt: '2026-01-01T00:00:00.000Z' }
  expect(incrementalEnvironment([webhook({ collection: 'pages', id: 1 }), manual], '/live')).toEqual({
    PREVIOUS_BUILD: '/live',
  })
  expect(incrementalEnvironment([webhook({ global: 'site-settings' })], null)).toEqual({
    SITE_CHANGES: JSON.stringify([{ type: 'publish', global: 'site-settings' }]),
  })
})

test('changes of builds that failed or were rolled back after the live build are built again', () => {
  const record = (id: string, result: BuildRecord['result'], trigger: BuildTrigger): BuildRecord => ({
    id,
    triggers: [trigger],
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    pages: 1,
    result,
    error: null,
  })
  const records = [
    record('20260101T000003000Z-cccc', 'failed', webhook({ collection: 'pages', id: 3 })),
    record('20260101T000002000Z-bbbb', 'succeeded', webhook({ collection: 'pages', id: 2 })),
    record('20260101T000001000Z-aaaa', 'succeeded', webhook({ collection: 'pages', id: 1 })),
  ]
  // Rolled back to the first build: the second and third builds' changes are not live.
  const since = triggersSinceLive(records, '20260101T000001000Z-aaaa')
  expect(since.map((trigger) => trigger.source === 'webhook' && trigger.id)).toEqual([3, 2])
  expect(triggersSinceLive(records, '20260101T000002000Z-bbbb')).toHaveLength(1)
  expect(triggersSinceLive(records, null)).toEqual([])
})

test('a change named twice, by the record of an interrupted build and by the queue after a restart, is passed once', () => {
  const change = webhook({ collection: 'regional-networks', id: 4 })
  const env = incrementalEnvironment([change, webhook({ collection: 'pages', id: 2 }), { ...change }], '/live')
  expect(JSON.parse(env.SITE_CHANGES ?? '')).toEqual([
    { type: 'publish', collection: 'regional-networks', id: 4 },
    { type: 'publish', collection: 'pages', id: 2 },
  ])
})
