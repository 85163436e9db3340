import { collectionSlugs } from '@union/shared/collections'
import { localeCodes } from '@union/shared/locales'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type * as z from 'zod'
import { startPayload, stopPayload } from '../../cms/test/payload'
import { type RestServer, startRestServer } from '../../scripts/rest-server'
import {
  contactSchema,
  documentAvailabilitySchema,
  mediaSchema,
  publishedCollectionSchemas,
  settingsSchemas,
} from '../src'
import { createTestContent } from './fixtures/testContent'

/** The contract: what Payload's public REST API returns satisfies the schemas the site builds from. */
let payload: Payload
let server: RestServer

beforeAll(async () => {
  payload = await startPayload()
  await createTestContent(payload)
  server = await startRestServer({ payload })
})
afterAll(async () => {
  await server?.close()
  await stopPayload(payload)
})

async function restDocs(collection: string, locale: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${server.url}/api/${collection}?locale=${locale}&depth=1&draft=false&limit=1000`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: Record<string, unknown>[] }
  return body.docs
}

function expectValid(schema: z.ZodType, value: unknown, where: string): void {
  const result = schema.safeParse(value)
  expect(result.success, `${where}: ${result.error?.message}`).toBe(true)
}

describe.each(Object.entries(publishedCollectionSchemas))('%s', (collection, schema) => {
  test.each(localeCodes)(
    'every document in %s is available-shaped, and translated ones match the schema',
    async (locale) => {
      const docs = await restDocs(collection, locale)
      for (const doc of docs) {
        const availability = documentAvailabilitySchema.parse(doc)
        if (availability.translatedLocales.includes(locale))
          expectValid(schema, doc, `${collection} ${doc.id} ${locale}`)
      }
    },
  )

  test('some document is translated in some locale, so the schema was exercised', async () => {
    const translated = (await Promise.all(localeCodes.map((locale) => restDocs(collection, locale))))
      .flat()
      .filter((doc) => documentAvailabilitySchema.parse(doc).translatedLocales.length > 0)
    expect(translated.length).toBeGreaterThan(0)
  })
})

test.each(localeCodes)('public contacts in %s are published and publishable', async (locale) => {
  for (const doc of await restDocs(collectionSlugs.contacts, locale))
    expectValid(contactSchema, doc, `contact ${doc.id} ${locale}`)
})

test('media in the default locale carry alt text, size and a URL', async () => {
  const docs = await restDocs(collectionSlugs.media, 'fi')
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) expectValid(mediaSchema, doc, `media ${doc.id}`)
})

test.each(['fi', 'en'] as const)('site settings in %s match the schema', async (locale) => {
  const docs = await restDocs(collectionSlugs.siteSettings, locale)
  expect(docs).toHaveLength(1)
  for (const doc of docs) expectValid(settingsSchemas[collectionSlugs.siteSettings], doc, `site-settings ${locale}`)
})

test('the REST server is read-only', async () => {
  const response = await fetch(`${server.url}/api/pages`, { method: 'POST', body: '{}' })
  expect(response.status).toBe(405)
})
