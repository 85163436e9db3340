import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { collectionSlugs } from '@union/shared/collections'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { seed } from '../../scripts/seed/index'
import { organisationCollections } from '../src/organisations/collections'
import { rowsPerTable } from './databaseRows'
import { startPayload, stopPayload } from './payload'
import { createUser, fieldErrors, login, rest } from './rest'

/**
 * Several organisations in one CMS (Payload's multi-tenant plugin): a user sees and changes only the
 * documents of the organisations on their account, over REST and GraphQL alike; an admin sees all.
 */
let payload: Payload
const organisation = { jhl: 0, vgcl: 0 }
const token = { jhl: '', vgcl: '', admin: '' }
let jhlDraft: number
let jhlPublished: number
let vgclDraft: number

beforeAll(async () => {
  payload = await startPayload({ organisation: false })
  // The seeded organisations with their documents: JHL's networks, contacts, partners and pages,
  // Teollisuusliitto's action plan, the confederation's partners and page.
  await seed(payload)
  const { docs } = await payload.find({ collection: 'organisations', limit: 10 })
  for (const slug of ['jhl', 'vgcl'] as const) organisation[slug] = docs.find((doc) => doc.slug === slug)!.id
  const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    locale: 'fi',
    data: { alt: 'Punainen neliö', tenant: organisation.jhl },
    file: { data: image, mimetype: 'image/png', name: 'nelio.png', size: image.length },
  })
  // An old address of each organisation's site: redirects are the organisation's too.
  for (const slug of ['jhl', 'vgcl'] as const)
    await payload.create({
      collection: 'redirects',
      data: { from: `/fi/vanha-${slug}/`, to: '/fi/', tenant: organisation[slug] },
    })
  const admin = await createUser(payload, 'admin@example.org', ['admin'])
  token.admin = await login(payload, 'admin@example.org', admin.password)
  for (const slug of ['jhl', 'vgcl'] as const) {
    const editor = await createUser(payload, `editor@${slug}.example`, ['editor'], [organisation[slug]])
    token[slug] = await login(payload, `editor@${slug}.example`, editor.password)
  }
  const page = async (as: 'jhl' | 'vgcl', title: string, status: 'draft' | 'published') => {
    const created = await rest(payload, '/pages', {
      method: 'POST',
      query: { locale: 'fi', ...(status === 'draft' ? { draft: true } : {}) },
      body: { title, _status: status },
      token: token[as],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc as { id: number; tenant: number | { id: number } }
  }
  const draft = await page('jhl', 'JHL:n luonnos', 'draft')
  // Created without naming an organisation: it is the editor's own.
  expect(draft.tenant).toMatchObject({ id: organisation.jhl })
  jhlDraft = draft.id
  jhlPublished = (await page('jhl', 'JHL:n julkaistu sivu', 'published')).id
  vgclDraft = (await page('vgcl', 'Bản nháp', 'draft')).id
})

afterAll(async () => {
  await stopPayload(payload)
})

async function graphql(query: string, as?: string) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(as ? { Authorization: `JWT ${as}` } : {}) },
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
  return (await response.json()) as { data?: Record<string, { docs: { title: string }[] } | null>; errors?: unknown[] }
}

describe("a second organisation's editor", () => {
  test("can neither read the first one's drafts, nor its documents at all, over REST", async () => {
    const list = await rest(payload, '/pages', { query: { locale: 'fi', draft: true, limit: 100 }, token: token.vgcl })
    expect(list.status).toBe(200)
    const titles = list.body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Bản nháp')
    expect(titles).not.toContain('JHL:n luonnos')
    expect(titles).not.toContain('JHL:n julkaistu sivu')
    for (const id of [jhlDraft, jhlPublished]) {
      const one = await rest(payload, `/pages/${id}`, { query: { locale: 'fi', draft: true }, token: token.vgcl })
      expect(one.status, `page ${id}`).toBe(404)
    }
    const versions = await rest(payload, '/pages/versions', { query: { limit: 100 }, token: token.vgcl })
    const parents = new Set(versions.body.docs.map((version: { parent: number }) => version.parent))
    expect(parents.has(jhlDraft) || parents.has(jhlPublished)).toBe(false)
  })

  test("can neither change nor delete the first one's draft, and nothing is stored", async () => {
    const before = await rowsPerTable(payload)
    const update = await rest(payload, `/pages/${jhlDraft}`, {
      method: 'PATCH',
      query: { locale: 'fi', draft: true },
      body: { title: 'Kaapattu' },
      token: token.vgcl,
    })
    expect([403, 404]).toContain(update.status)
    const remove = await rest(payload, `/pages/${jhlDraft}`, { method: 'DELETE', token: token.vgcl })
    expect([403, 404]).toContain(remove.status)
    expect(await rowsPerTable(payload)).toEqual(before)
    const read = await payload.findByID({ collection: 'pages', id: jhlDraft, locale: 'fi', draft: true })
    expect(read.title).toBe('JHL:n luonnos')
  })

  test('can neither create a document in the first organisation nor move one of its own there', async () => {
    const before = await rowsPerTable(payload)
    const created = await rest(payload, '/pages', {
      method: 'POST',
      query: { locale: 'fi' },
      body: { title: 'Väärä talo', tenant: organisation.jhl, _status: 'published' },
      token: token.vgcl,
    })
    expect(created.status).toBe(400)
    const moved = await rest(payload, `/pages/${vgclDraft}`, {
      method: 'PATCH',
      query: { locale: 'fi', draft: true },
      body: { tenant: organisation.jhl },
      token: token.vgcl,
    })
    expect(moved.status).toBe(400)
    expect(await rowsPerTable(payload)).toEqual(before)
    const own = await payload.findByID({ collection: 'pages', id: vgclDraft, depth: 0, draft: true })
    expect(own.tenant).toBe(organisation.vgcl)
  })

  test("cannot link the first organisation's documents from its own", async () => {
    const linked = await rest(payload, `/pages/${vgclDraft}`, {
      method: 'PATCH',
      query: { locale: 'fi' },
      body: { parent: jhlPublished, _status: 'published' },
      token: token.vgcl,
      // The message asserted below in English, asked for as an API client would.
      headers: { 'Accept-Language': 'en' },
    })
    expect(linked.status).toBe(400)
    expect(JSON.stringify(linked.body)).toMatch(/parent/)
    expect(fieldErrors(linked.body).parent).toBe(
      `The related pages document "${jhlPublished}" belongs to another organisation.`,
    )
  })

  test('sees only its own organisation over GraphQL too, drafts or published', async () => {
    const answer = await graphql('{ Pages(draft: true, locale: fi, limit: 100) { docs { title } } }', token.vgcl)
    expect(answer.errors).toBeUndefined()
    const titles = answer.data?.Pages?.docs.map((doc) => doc.title)
    expect(titles).toContain('Bản nháp')
    expect(titles).not.toContain('JHL:n luonnos')
    const one = await graphql(`{ Page(id: ${jhlDraft}, draft: true, locale: fi) { title } }`, token.vgcl)
    expect(JSON.stringify(one.data ?? {})).not.toContain('JHL:n luonnos')
  })
})

describe('every tenant-scoped collection', () => {
  test.each([...organisationCollections, collectionSlugs.siteSettings])(
    '%s: an editor reads only the own organisation’s documents, over REST and GraphQL',
    async (collection) => {
      const query = { limit: 100, draft: true, depth: 0 }
      const everything = await rest(payload, `/${collection}`, { query, token: token.admin })
      const others = (everything.body.docs as { tenant: number }[]).filter((doc) => doc.tenant !== organisation.vgcl)
      // There is something to keep apart: another organisation has documents here.
      expect(others.length, `${collection}: documents of other organisations`).toBeGreaterThan(0)
      const list = await rest(payload, `/${collection}`, { query, token: token.vgcl })
      expect(list.status).toBe(200)
      for (const doc of list.body.docs as { tenant: number }[]) expect(doc.tenant).toBe(organisation.vgcl)
      const type = graphqlName(collection)
      const answer = await graphql(`{ ${type}(draft: true, limit: 100) { docs { id tenant { slug } } } }`, token.vgcl)
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined()
      const docs = (answer.data?.[type]?.docs ?? []) as unknown as { tenant: { slug: string } | null }[]
      expect(docs.length).toBe(list.body.docs.length)
      for (const doc of docs) expect(doc.tenant?.slug).toBe('vgcl')
    },
  )
})

/**
 * Payload's GraphQL name of a collection's list query: "regional-networks" → "RegionalNetworks";
 * "allMedia" where singular and plural are one word.
 */
const graphqlName = (slug: string) => {
  const name = slug
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
  return slug === collectionSlugs.media ? `all${name}` : name
}

describe('an admin and the public', () => {
  test('an admin sees every organisation’s drafts', async () => {
    const list = await rest(payload, '/pages', { query: { locale: 'fi', draft: true, limit: 100 }, token: token.admin })
    const titles = list.body.docs.map((doc: { title: string }) => doc.title)
    for (const title of ['Bản nháp', 'JHL:n julkaistu sivu', 'JHL:n luonnos']) expect(titles).toContain(title)
  })

  test('the public reads published documents, one organisation at a time when it asks (as each site does)', async () => {
    const jhl = await rest(payload, '/pages', {
      query: { locale: 'fi', depth: 0, 'where[tenant][equals]': organisation.jhl },
    })
    const titles = jhl.body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('JHL:n julkaistu sivu')
    expect(titles).not.toContain('JHL:n luonnos')
    expect(jhl.body.docs.every((doc: { tenant: number }) => doc.tenant === organisation.jhl)).toBe(true)
    const vgcl = await rest(payload, '/pages', {
      query: { locale: 'vi', depth: 0, 'where[tenant][equals]': organisation.vgcl },
    })
    expect(vgcl.body.docs.length).toBeGreaterThan(0)
    expect(vgcl.body.docs.every((doc: { tenant: number }) => doc.tenant === organisation.vgcl)).toBe(true)
    const anonymous = await graphql(
      `{ Pages(locale: vi, where: { tenant: { equals: ${organisation.vgcl} } }) { docs { title tenant { slug } } } }`,
    )
    expect(anonymous.errors).toBeUndefined()
    const docs = (anonymous.data?.Pages?.docs ?? []) as unknown as { tenant: { slug: string } }[]
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(doc.tenant.slug).toBe('vgcl')
  })
})

describe('an organisation', () => {
  test('that still owns documents is not deleted, and nothing of it is lost', async () => {
    const before = await rowsPerTable(payload)
    const removed = await rest(payload, `/organisations/${organisation.vgcl}`, {
      method: 'DELETE',
      token: token.admin,
      headers: { 'Accept-Language': 'en' },
    })
    expect(removed.status).toBe(409)
    expect(JSON.stringify(removed.body)).toMatch(/still owns documents \(.*pages: \d+/)
    expect(await rowsPerTable(payload)).toEqual(before)
  })

  test('keeps its slug, which its site is built by', async () => {
    const renamed = await rest(payload, `/organisations/${organisation.vgcl}`, {
      method: 'PATCH',
      body: { name: 'Tổng Liên đoàn Lao động Việt Nam', slug: 'renamed' },
      token: token.admin,
    })
    expect(renamed.status).toBe(200)
    const read = await payload.findByID({ collection: 'organisations', id: organisation.vgcl })
    expect(read).toMatchObject({ name: 'Tổng Liên đoàn Lao động Việt Nam', slug: 'vgcl' })
  })

  test('is not an editor’s to add or change', async () => {
    const created = await rest(payload, '/organisations', {
      method: 'POST',
      body: { name: 'Oma liitto', slug: 'oma' },
      token: token.jhl,
    })
    expect(created.status).toBe(403)
  })
})
