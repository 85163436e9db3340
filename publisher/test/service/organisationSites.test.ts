import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestService, type TestService } from './testService'

/**
 * Each organisation's site has its own rebuild service (SITE_ORGANISATION). The CMS sends it only
 * its organisation's changes; should another organisation's change reach it anyway (a target
 * without an organisation), it builds nothing, so that organisation's live site stays as it is.
 */
let service: TestService
beforeAll(async () => {
  service = await startTestService({ organisation: 'helsinki' })
})
afterAll(async () => {
  await service.stop()
})

test("another organisation's change is answered 200 and builds nothing", async () => {
  const response = await service.sendWebhook({ organisation: 'jhl' })
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ reason: 'a change of jhl, not helsinki' })
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(service.buildsStarted()).toEqual([])
  expect((await service.status()).queue.pending).toEqual([])
})

test("its own organisation's change is accepted and built", async () => {
  const response = await service.sendWebhook({ organisation: 'helsinki' })
  expect(response.status).toBe(202)
  await expect.poll(() => service.buildsStarted().length, { timeout: 10_000 }).toBe(1)
})
