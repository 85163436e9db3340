import { randomUUID } from 'node:crypto'
import { generateWebhookSecret, signWebhook } from '@union/shared/webhooks'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestService, type TestService } from './testService'

let service: TestService
beforeAll(async () => {
  service = await startTestService()
})
afterAll(async () => {
  await service.stop()
})

/** Long enough for a wrongly accepted webhook to have started its build (debounce is 200 ms). */
async function expectNoBuild() {
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(service.buildsStarted()).toEqual([])
  expect((await service.status()).queue).toEqual({ state: 'idle', pending: [], nextBuildAt: null })
}

test('a webhook signed with another secret gets 401 saying the signature does not match, and builds nothing', async () => {
  const forged = signWebhook(generateWebhookSecret(), 'msg_forged', {
    type: 'publish',
    at: new Date().toISOString(),
  })
  const response = await service.control('/webhooks/publish', {
    method: 'POST',
    headers: forged.headers,
    body: forged.body,
  })
  expect(response.status).toBe(401)
  expect((await response.json()).error).toMatch(/webhook msg_forged: the signature does not match/)
  await expectNoBuild()
})

test('a webhook signed ten minutes ago gets 400 saying its timestamp is too old, and builds nothing', async () => {
  const response = await service.sendWebhook({}, { timestamp: new Date(Date.now() - 10 * 60_000) })
  expect(response.status).toBe(400)
  expect((await response.json()).error).toMatch(/timestamp is 60\d s old, more than the 300 s allowed/)
  await expectNoBuild()
})

test('a webhook dated ten minutes ahead gets 400 saying its timestamp is in the future, and builds nothing', async () => {
  const response = await service.sendWebhook({}, { timestamp: new Date(Date.now() + 10 * 60_000) })
  expect(response.status).toBe(400)
  expect((await response.json()).error).toMatch(/in the future/)
  await expectNoBuild()
})

test('an unsigned request gets 400 naming the required headers, and builds nothing', async () => {
  const response = await service.control('/webhooks/publish', { method: 'POST', body: '{"type":"publish"}' })
  expect(response.status).toBe(400)
  expect((await response.json()).error).toMatch(/webhook-id, webhook-timestamp and webhook-signature/)
  await expectNoBuild()
})

test('a replayed webhook id gets 409 and adds nothing; the original gives one build', async () => {
  const id = `msg_${randomUUID()}`
  expect((await service.sendWebhook({}, { id })).status).toBe(202)
  // A replay, and a re-signed copy with a fresh timestamp (as a sender's retry would be): both refused.
  const replay = await service.sendWebhook({}, { id })
  expect(replay.status).toBe(409)
  expect((await replay.json()).error).toBe(`webhook ${id} was already received; a webhook id is accepted once`)
  expect((await service.sendWebhook({}, { id, timestamp: new Date(Date.now() + 1000) })).status).toBe(409)

  await service.queue.settled()
  expect(service.buildsStarted()).toHaveLength(1)
  expect((await service.status()).builds[0]?.triggers).toHaveLength(1)
})
