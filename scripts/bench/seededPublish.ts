import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { startPayload, stopPayload } from '../../cms/test/payload'
import { lexical } from '../../content-schemas/test/fixtures/lexical'
import { createTestContent } from '../../content-schemas/test/fixtures/testContent'
import { readRebuildConfig } from '../../publisher/src/service/config'
import { silentLogger } from '../../publisher/src/service/logger'
import { startRebuildService } from '../../publisher/src/service/service'
import { startSiteServer } from '../../publisher/src/service/siteServer'
import { linkRebuildService } from '../lib/rebuildWebhookTarget'
import { startRestServer } from '../rest-server'

/**
 * Publish-to-live on the seeded site, the whole way: a real Payload (in-memory SQLite, the seed and
 * the test content) publishes an edit, its jobs runner delivers the signed webhook, the real
 * rebuild service builds incrementally and switches `current`; timed from the publish call until
 * the page the site server serves shows the new text.
 */
export async function benchSeededPublish(publishes: number, log: (line: string) => void): Promise<number[]> {
  const sitesDir = await mkdtemp(join(tmpdir(), 'bench-sites-'))
  const payload = await startPayload()
  await createTestContent(payload)
  const rest = await startRestServer({ payload })
  process.env.CMS_URL = rest.url
  const secret = generateWebhookSecret()
  const service = await startRebuildService(
    {
      ...readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret }),
      sitesDir,
      controlPort: 0,
      debounceMs: 300,
    },
    silentLogger,
  )
  const site = await startSiteServer({ sitesDir, port: 0 }, silentLogger)
  const latencies: number[] = []
  try {
    await linkRebuildService(payload, `${service.controlUrl}/webhooks/publish`, secret)
    log('seeded site: first (full) build through the rebuild service…')
    await service.queue.add({ source: 'manual', receivedAt: new Date().toISOString() })
    await service.queue.settled()
    const kamut = (await payload.find({ collection: 'regional-networks', where: { acronym: { equals: 'KaMuT' } } }))
      .docs[0]!
    for (let edition = 1; edition <= publishes; edition++) {
      const text = `Benchmark edition ${edition} ${Date.now()}`
      const started = performance.now()
      await payload.update({
        collection: 'regional-networks',
        id: kamut.id,
        locale: 'en',
        data: { description: lexical(text), _status: 'published' },
      })
      for (;;) {
        await payload.jobs.run({ queue: 'webhooks' })
        const page = await fetch(`${site.url}/en/networks/kamut/`)
        if ((await page.text()).includes(text)) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const seconds = (performance.now() - started) / 1000
      log(`publish ${edition}: live after ${seconds.toFixed(1)} s`)
      latencies.push(seconds)
    }
  } finally {
    await service.close()
    await site.close()
    await rest.close()
    await stopPayload(payload)
    await rm(sitesDir, { recursive: true, force: true })
  }
  return latencies
}
