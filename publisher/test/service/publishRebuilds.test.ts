import { expect, test, vi } from 'vitest'
import { freshServicePerTest } from './testService'

const service = freshServicePerTest()

test('a signed publish webhook gets 202 at once, starts one build, and the site served at / changes', async () => {
  vi.stubEnv('FAKE_BUILD_MARKER', 'first edition')
  expect((await service().sendWebhook()).status).toBe(202)
  await service().queue.settled()
  expect(await (await service().page('/')).text()).toContain('first edition')

  vi.stubEnv('FAKE_BUILD_MARKER', 'second edition')
  const accepted = await service().sendWebhook({ type: 'unpublish', collection: 'regional-networks', id: 'abc' })
  expect(accepted.status).toBe(202)
  expect(await accepted.json()).toMatchObject({ queue: { state: 'waiting', pending: [{ id: 'abc' }] } })
  await service().queue.settled()
  expect(await (await service().page('/')).text()).toContain('second edition')
  expect(service().buildsStarted()).toHaveLength(2)
})
