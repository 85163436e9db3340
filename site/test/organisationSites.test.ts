import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startPayload, stopPayload } from '../../cms/test/payload'
import { createUser, login, rest } from '../../cms/test/rest'
import { type RestServer, startRestServer } from '../../scripts/rest-server'
import { seed } from '../../scripts/seed/index'
import { runBuildSite } from './fixtures/buildSite'
import { builtPages, folderDigest } from './fixtures/builtPages'

/**
 * One CMS, several organisations, a site each: a publish in one organisation is announced only to
 * its own site's rebuild service, and the other organisation's site, built again, is byte for byte
 * what it was. (That its rebuild service would not build at all is publisher/test/service/organisationSites.test.ts.)
 */
let payload: Payload
let server: RestServer
const work = mkdtempSync(join(tmpdir(), 'union-organisation-sites-'))
const ids: Record<'helsinki' | 'vgcl', number> = { helsinki: 0, vgcl: 0 }
const targets: Record<'helsinki' | 'vgcl', number> = { helsinki: 0, vgcl: 0 }

async function build(organisation: 'helsinki' | 'vgcl', name: string) {
  const dist = join(work, name)
  const result = await runBuildSite(dist, {
    CMS_URL: server.url,
    SITE_ORGANISATION: organisation,
    SITE_URL: `http://${organisation}.sites.example`,
  })
  expect(result.code, result.output).toBe(0)
  return dist
}

beforeAll(async () => {
  payload = await startPayload({ organisation: false })
  await seed(payload)
  server = await startRestServer({ payload })
  const { docs } = await payload.find({ collection: 'organisations', limit: 10 })
  for (const slug of ['helsinki', 'vgcl'] as const) {
    ids[slug] = docs.find((doc) => doc.slug === slug)!.id
    const target = await payload.create({
      collection: 'webhook-targets',
      data: {
        name: `Rebuild service of ${slug}`,
        url: `http://127.0.0.1:9/${slug}/webhooks/publish`,
        format: 'standard-webhooks',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        organisation: ids[slug],
      },
    })
    targets[slug] = target.id
  }
}, 120_000)
afterAll(async () => {
  await server?.close()
  await stopPayload(payload)
})

test("a publish in one organisation is sent to its site only, and leaves the other's site byte for byte", async () => {
  const helsinkiBefore = await build('helsinki', 'helsinki-before')
  const vgclBefore = await build('vgcl', 'vgcl-before')

  const editor = await createUser(payload, 'editor@vgcl.example', ['editor'], [ids.vgcl])
  const token = await login(payload, 'editor@vgcl.example', editor.password)
  const { docs: pages } = await payload.find({
    collection: 'pages',
    where: { tenant: { equals: ids.vgcl } },
    locale: 'vi',
  })
  const page = pages[0]!
  const published = await rest(payload, `/pages/${page.id}`, {
    method: 'PATCH',
    query: { locale: 'vi' },
    body: { title: 'Hợp tác quốc tế của Công đoàn Việt Nam', _status: 'published' },
    token,
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  const { docs: jobs } = await payload.find({ collection: 'payload-jobs', limit: 100, depth: 0 })
  const deliveries = jobs.map((job) => job.input as { target: number; event: { organisation?: string } })
  expect(deliveries.map((delivery) => [delivery.target, delivery.event.organisation])).toEqual([[targets.vgcl, 'vgcl']])

  const helsinkiAfter = await build('helsinki', 'helsinki-after')
  const vgclAfter = await build('vgcl', 'vgcl-after')
  // Every file the public gets, byte for byte (the build's own record in .build/ says when it was built).
  expect(folderDigest(helsinkiAfter, { publicOnly: true })).toBe(folderDigest(helsinkiBefore, { publicOnly: true }))
  expect(folderDigest(vgclAfter, { publicOnly: true })).not.toBe(folderDigest(vgclBefore, { publicOnly: true }))
  const text = builtPages(vgclAfter)
    .map((built) => built.html)
    .join('\n')
  expect(text).toContain('Hợp tác quốc tế của Công đoàn Việt Nam')
  expect(builtPages(helsinkiAfter).some((built) => built.html.includes('Công đoàn'))).toBe(false)
}, 300_000)
