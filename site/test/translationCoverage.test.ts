import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { organisationCoverage } from '../../cms/src/coverage/organisationCoverage'
import { startPayload, stopPayload } from '../../cms/test/payload'
import { type RestServer, startRestServer } from '../../scripts/rest-server'
import { seed } from '../../scripts/seed/index'

/**
 * The admin's coverage view and the build's coverage table count the same seeded content: the
 * admin through the Local API, the build through the loader on what the site fetches over REST.
 */
let payload: Payload
let server: RestServer

beforeAll(async () => {
  payload = await startPayload({ organisation: false })
  await seed(payload)
  server = await startRestServer({ payload })
})

afterAll(async () => {
  await server?.close()
  await stopPayload(payload)
})

/** What the build of one organisation's site counts, per collection and locale. */
async function buildCoverage(organisation: string) {
  // The loader reads SITE_ORGANISATION when it is imported; each organisation gets a fresh module graph.
  process.env.SITE_ORGANISATION = organisation
  vi.resetModules()
  const { fetchContent } = await import('../src/loader/fetchContent')
  const { validateContent } = await import('../src/loader/validateContent')
  const { coverageByCollection, coverageTable } = await import('../src/loader/coverage')
  const validated = validateContent(await fetchContent(server.url))
  return { counts: coverageByCollection(validated.availability), table: coverageTable(validated.availability) }
}

async function organisationId(slug: string): Promise<number> {
  const found = await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1 })
  if (!found.docs[0]) throw new Error(`organisation ${slug} not seeded`)
  return found.docs[0].id
}

test.each(['jhl', 'vgcl'])("the admin's coverage of %s equals the build's coverage table", async (slug) => {
  const admin = await organisationCoverage(payload, await organisationId(slug))
  const build = await buildCoverage(slug)
  expect(admin.collections.map((each) => each.collection).sort()).toEqual(Object.keys(build.counts).sort())
  for (const { collection, counts, documents } of admin.collections) {
    for (const locale of admin.locales) {
      const { translated, fallingBack, missing } = counts[locale]
      expect(counts[locale], `${collection} ${locale}`).toEqual(build.counts[collection][locale])
      // The printed table says the same, cell by cell.
      const row = build.table.split('\n').find((line) => line.startsWith(`${collection} `))
      expect(row, `${collection} in the build's table`).toContain(`${translated}/${fallingBack}/${missing}`)
      // And the counts are the documents' states, not a sum computed beside them.
      expect(documents.filter((document) => document.states[locale] === 'translated')).toHaveLength(translated)
    }
  }
  // The seeded content has gaps to show: something is untranslated in some language.
  const untranslated = admin.collections.flatMap((each) =>
    admin.locales.map((locale) => each.counts[locale].fallingBack + each.counts[locale].missing),
  )
  expect(untranslated.some((count) => count > 0)).toBe(true)
  expect(admin.collections.some((each) => each.documents.length > 0)).toBe(true)
  // Every document is named, also one written only in English (the seed has such pages).
  for (const { documents } of admin.collections) for (const { title } of documents) expect(title).not.toMatch(/^#\d+$/)
})
