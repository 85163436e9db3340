import { createLocalReq, type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { changedTables, rowsPerTable } from './databaseRows'
import { startAdminSession, stopPayload } from './payload'
import { type RestOptions, rest } from './rest'

/**
 * Every save is whole or nothing: a refused save answers 4xx naming collection, field and locale, and
 * leaves no row in any table. On a SQLite file (WAL and transactions, as production runs), not only
 * in memory, where the first of these faults were found.
 */

let payload: Payload
let token: string
let planId: number | string

beforeAll(async () => {
  ;({ payload, token } = await startAdminSession({ sqlite: 'file' }))
  const plan = await payload.create({
    collection: 'action-plans',
    data: {
      title: 'Toimintasuunnitelma',
      organisation: 'Teollisuusliitto ry',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      focusAreas: [{ key: 'organising', title: 'Järjestäytyminen' }],
      _status: 'published',
    },
  })
  planId = plan.id
})
afterAll(() => stopPayload(payload))

/** A REST call as the admin, with the row count of every table before and after it. */
/** The messages are asserted in English, asked for as an API client would (the default is Finnish). */
async function restAndRows(path: string, options: RestOptions) {
  const before = await rowsPerTable(payload)
  const response = await rest(payload, path, {
    token,
    ...options,
    headers: { 'Accept-Language': 'en', ...options.headers },
  })
  return { ...response, changed: changedTables(before, await rowsPerTable(payload)) }
}

type Refusal = {
  name?: string
  message: string
  data: { collection?: string; global?: string; locale?: string; errors?: { path: string; message: string }[] }
}

function refusal(body: unknown): Refusal {
  const [first] = (body as { errors: Refusal[] }).errors
  if (!first) throw new Error(`no error in ${JSON.stringify(body)}`)
  return first
}

const network = { name: 'Oulun verkosto', region: 'oulu-area' }
const target = () => ({
  plan: planId,
  focusArea: 'organising',
  metric: 'Jäsenet',
  unit: 'count',
  target: { kind: 'not-set' },
})

describe('the faults found by bad-input probes are refused and leave nothing behind', () => {
  type Probe = {
    name: string
    path: string
    query?: Record<string, string>
    bad: object
    fixed: object
    field?: string
    says: RegExp
  }
  const probes: Probe[] = [
    {
      name: '"last spring" as a founding date',
      path: '/regional-networks',
      bad: { ...network, founded: 'last spring' },
      fixed: { ...network, founded: '2021-04-01' },
      field: 'founded',
      says: /"last spring" is not a valid date/,
    },
    {
      name: '"last spring" in a draft',
      path: '/regional-networks',
      query: { draft: 'true' },
      bad: { ...network, founded: 'last spring' },
      fixed: { ...network, founded: '2021-04-01' },
      field: 'founded',
      says: /not a valid date/,
    },
    {
      name: 'a social link without its url',
      path: '/regional-networks',
      bad: { ...network, socialLinks: [{ platform: 'facebook' }] },
      fixed: { ...network, socialLinks: [{ platform: 'facebook', url: 'https://facebook.com/oulu' }] },
      field: 'socialLinks.0.url',
      says: /required/,
    },
    {
      name: 'a plain string for rich text',
      path: '/regional-networks',
      bad: { ...network, description: 'Verkosto kokoontuu kuukausittain.' },
      fixed: network,
      field: 'description',
      says: /Rich text is expected here/,
    },
    {
      name: 'a save in the unknown locale xx',
      path: '/regional-networks',
      query: { locale: 'xx' },
      bad: network,
      fixed: network,
      says: /There is no language "xx" in regional-networks/,
    },
    {
      name: 'a page block of an unknown type',
      path: '/pages',
      bad: { title: 'Tietoa', layout: [{ blockType: 'video', url: 'https://example.org' }] },
      fixed: { title: 'Tietoa', layout: [] },
      field: 'layout',
      says: /There is no block type "video"\. Block types: richText, callToAction/,
    },
  ]

  probes.forEach((probe, index) => {
    test(`${probe.name}: 400, no row in any table, then the corrected save with the same slug succeeds`, async () => {
      const slug = `probe-${index}`
      const refused = await restAndRows(probe.path, {
        method: 'POST',
        query: probe.query,
        body: { ...probe.bad, slug },
      })
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(refused.changed).toEqual({})
      const error = refusal(refused.body)
      expect([error.message, ...(error.data.errors ?? []).map((field) => field.message)].join(' ')).toMatch(probe.says)
      if (probe.field) expect(error.data.errors?.map((field) => field.path)).toContain(probe.field)

      const saved = await rest(payload, probe.path, {
        method: 'POST',
        query: probe.query?.draft ? { draft: 'true' } : undefined,
        token,
        body: { ...probe.fixed, slug },
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(201)
      expect(saved.body.doc.slug).toBe(slug)
      const list = await rest(payload, probe.path, { token })
      expect(list.status, JSON.stringify(list.body)).toBe(200)
    })
  })

  test('a measurement dated "soon": 400, no row in any table, then the corrected save succeeds', async () => {
    const refused = await restAndRows('/action-plan-targets', {
      method: 'POST',
      body: { ...target(), measurements: [{ date: 'soon', value: 3 }] },
    })
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect(refused.changed).toEqual({})
    expect(refusal(refused.body).data.errors).toEqual([
      { label: 'Measurements 1 > Date', path: 'measurements.0.date', message: '"soon" is not a valid date.' },
    ])
    const saved = await rest(payload, '/action-plan-targets', {
      method: 'POST',
      token,
      body: { ...target(), measurements: [{ date: '2020-06-30', value: 3 }] },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    expect((await rest(payload, '/action-plan-targets', { token })).status).toBe(200)
  })

  test('after all of them, every logged-in list of regional networks answers 200, in every form the site and admin use', async () => {
    const queries: Record<string, string | number>[] = [
      {},
      { draft: 'true' },
      { locale: 'sv' },
      { locale: 'all' },
      { depth: 2 },
    ]
    for (const query of queries) {
      const list = await rest(payload, '/regional-networks', { token, query })
      expect(list.status, `${JSON.stringify(query)}: ${JSON.stringify(list.body)}`).toBe(200)
    }
    expect((await rest(payload, '/regional-networks')).status).toBe(200)
  })

  test('a read in the unknown locale xx is refused too, not answered in Finnish', async () => {
    const read = await rest(payload, '/regional-networks', { token, query: { locale: 'xx' } })
    expect(read.status).toBe(400)
    expect(refusal(read.body).data).toMatchObject({ collection: 'regional-networks', locale: 'xx' })
    const settings = await rest(payload, '/site-settings', { token, query: { locale: 'xx' } })
    expect(settings.status).toBe(400)
    expect(refusal(settings.body).data).toMatchObject({ collection: 'site-settings', locale: 'xx' })
  })
})

/** One invalid value per field type the content model uses, each in a collection that has it. */
const invalidValues: { type: string; collection: string; data: () => Record<string, unknown>; path: string }[] = [
  { type: 'text', collection: 'regional-networks', data: () => ({ ...network, acronym: 12 }), path: 'acronym' },
  { type: 'textarea', collection: 'pages', data: () => ({ title: 'Sivu', summary: { text: 'x' } }), path: 'summary' },
  { type: 'email', collection: 'contacts', data: () => ({ name: 'Isto', email: 42 }), path: 'email' },
  {
    type: 'number',
    collection: 'pages',
    data: () => ({
      title: 'Sivu',
      layout: [{ blockType: 'collectionList', source: 'regional-networks', limit: 'kuusi' }],
    }),
    path: 'layout.0.limit',
  },
  {
    type: 'date',
    collection: 'regional-networks',
    data: () => ({ ...network, founded: 'viime keväänä' }),
    path: 'founded',
  },
  { type: 'select', collection: 'regional-networks', data: () => ({ ...network, region: 'mars' }), path: 'region' },
  {
    type: 'checkbox',
    collection: 'regional-networks',
    data: () => ({ ...network, hasRegionalGroupRepresentative: 'yes' }),
    path: 'hasRegionalGroupRepresentative',
  },
  {
    type: 'relationship',
    collection: 'regional-networks',
    data: () => ({ ...network, chairs: ['not-an-id'] }),
    path: 'chairs',
  },
  {
    type: 'upload',
    collection: 'regional-networks',
    data: () => ({ ...network, image: { url: 'x.png' } }),
    path: 'image',
  },
  {
    type: 'richText',
    collection: 'regional-networks',
    data: () => ({ ...network, howToJoin: 'Ota yhteyttä.' }),
    path: 'howToJoin',
  },
  {
    type: 'array',
    collection: 'regional-networks',
    data: () => ({ ...network, socialLinks: 'facebook' }),
    path: 'socialLinks',
  },
  {
    type: 'group',
    collection: 'regional-networks',
    data: () => ({ ...network, meetingCadence: 'monthly' }),
    path: 'meetingCadence',
  },
  {
    type: 'blocks',
    collection: 'pages',
    data: () => ({ title: 'Sivu', layout: [{ blockType: 'carousel' }] }),
    path: 'layout',
  },
]

describe('an invalid value of each field type', () => {
  for (const invalid of invalidValues) {
    test(`${invalid.type}: REST answers 400 naming collection, field and locale, and stores nothing`, async () => {
      const refused = await restAndRows(`/${invalid.collection}`, {
        method: 'POST',
        query: { locale: 'sv' },
        body: invalid.data(),
      })
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(refused.changed).toEqual({})
      const { data } = refusal(refused.body)
      expect(data.collection).toBe(invalid.collection)
      expect(data.locale).toBe('sv')
      expect(data.errors?.map((field) => field.path)).toContain(invalid.path)
    })

    test(`${invalid.type}: the Local API throws a ValidationError naming collection and field, and stores nothing`, async () => {
      const before = await rowsPerTable(payload)
      const error = await payload
        .create({ collection: invalid.collection as 'pages', data: invalid.data() as never, locale: 'sv' })
        .then(
          () => undefined,
          (thrown: unknown) => thrown,
        )
      expect(error).toBeInstanceOf(ValidationError)
      const { data, status } = error as ValidationError
      expect(status).toBe(400)
      expect(data.collection).toBe(invalid.collection)
      expect(data.errors.map((field) => field.path)).toContain(invalid.path)
      expect(changedTables(before, await rowsPerTable(payload))).toEqual({})
    })
  }

  test('the message is in the admin language of the editor', async () => {
    const swedish = await rest(payload, '/regional-networks', {
      method: 'POST',
      token,
      headers: { 'Accept-Language': 'sv' },
      body: { ...network, description: 'Vi träffas varje månad.' },
    })
    expect(refusal(swedish.body).data.errors?.[0]?.message).toBe(
      'Här förväntas formaterad text (ett Lexical-dokument, {"root": …}), inte "Vi träffas varje månad.".',
    )
  })

  test('the Local API refuses an unknown locale instead of writing rows for it', async () => {
    const before = await rowsPerTable(payload)
    await expect(
      payload.create({ collection: 'regional-networks', data: network as never, locale: 'xx' as 'fi' }),
    ).rejects.toThrow(/Kieltä "xx" ei ole kohteessa regional-networks/) // no request: the default language, Finnish
    expect(changedTables(before, await rowsPerTable(payload))).toEqual({})
  })
})

describe('transactions', () => {
  test('a save that fails after its first insert is rolled back in every table', async () => {
    const before = await rowsPerTable(payload)
    const req = await createLocalReq({}, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID === null) throw new Error('SQLite on a file should run in transactions')
    req.transactionID = transactionID
    // Written inside the transaction as a save's first steps are; then the save fails.
    await payload.create({ collection: 'regional-networks', data: { ...network, slug: 'rolled-back' } as never, req })
    await payload.create({ collection: 'contacts', data: { name: 'Rolled back' }, req })
    await payload.db.rollbackTransaction(transactionID)
    expect(changedTables(before, await rowsPerTable(payload))).toEqual({})
    const again = await rest(payload, '/regional-networks', {
      method: 'POST',
      token,
      body: { ...network, slug: 'rolled-back' },
    })
    expect(again.status).toBe(201)
  })

  test('the database file is in WAL mode', async () => {
    const client = (
      payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }
    ).client
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
  })
})
