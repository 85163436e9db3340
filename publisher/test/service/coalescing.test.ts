import { expect, test, vi } from 'vitest'
import { freshServicePerTest, waitUntil } from './testService'

const service = freshServicePerTest()

test('a burst of 20 webhooks gives at most 2 builds, which together cover all 20', async () => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, index) => service().sendWebhook({ collection: 'pages', id: index })),
  )
  expect(responses.map((response) => response.status)).toEqual(Array(20).fill(202))
  await service().queue.settled()

  expect(service().buildsStarted().length).toBeLessThanOrEqual(2)
  const { builds } = await service().status()
  expect(builds.length).toBeLessThanOrEqual(2)
  const covered = builds.flatMap((build) => build.triggers.map((trigger) => 'id' in trigger && trigger.id))
  expect(covered.sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, index) => index))
})

test('webhooks arriving during a build give exactly one follow-up build, covering all of them', async () => {
  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '700')
  await service().sendWebhook({ collection: 'pages', id: 'first' })
  await waitUntil('the first build to start', () => service().buildsStarted().length === 1)

  for (const id of ['a', 'b', 'c', 'd', 'e']) {
    expect((await service().sendWebhook({ collection: 'action-plans', id })).status).toBe(202)
  }
  const during = await service().status()
  expect(during.queue.state).toBe('building')
  expect(during.queue.pending).toHaveLength(5)

  vi.stubEnv('FAKE_BUILD_SLEEP_MS', '0')
  await service().queue.settled()
  expect(service().buildsStarted()).toHaveLength(2)
  const [followUp, first] = (await service().status()).builds
  expect(first?.triggers.map((trigger) => 'id' in trigger && trigger.id)).toEqual(['first'])
  expect(followUp?.triggers.map((trigger) => 'id' in trigger && trigger.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  expect(followUp?.result).toBe('succeeded')
})
