import { plainTextOf, richTextFromBlocks } from '@union/shared/richText/fromText'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type SeedReport, seed } from '../../scripts/seed/index'
import { startPayload, stopPayload } from './payload'

let payload: Payload
let first: SeedReport

const collections = [
  'contacts',
  'regional-networks',
  'international-partners',
  'action-plans',
  'action-plan-targets',
  'pages',
] as const

beforeAll(async () => {
  payload = await startPayload({ organisation: false })
  first = await seed(payload)
})

/** The id of a seeded organisation. */
async function organisation(slug: 'jhl' | 'helsinki' | 'teollisuusliitto' | 'vgcl'): Promise<number> {
  const found = await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1 })
  if (!found.docs[0]) throw new Error(`organisation ${slug} not seeded`)
  return found.docs[0].id
}

afterAll(async () => {
  await stopPayload(payload)
})

async function bySlug<C extends 'regional-networks' | 'international-partners' | 'pages'>(
  collection: C,
  slug: string,
  locale: 'fi' | 'en' | 'sv' | 'vi',
) {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, locale, depth: 0, limit: 1 })
  const doc = found.docs[0]
  if (!doc) throw new Error(`${collection} ${slug} not seeded`)
  return doc
}

/** What a locale really holds, without falling back to Finnish. */
function own<C extends (typeof collections)[number]>(
  collection: C,
  id: number | string,
  locale: 'fi' | 'en' | 'sv' | 'vi',
) {
  return payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0 })
}

describe('first run', () => {
  test('creates every document of the sources', async () => {
    const created = Object.fromEntries(Object.entries(first).map(([slug, count]) => [slug, count.created]))
    expect(created).toEqual({
      contacts: 5,
      'regional-networks': 7,
      'international-partners': 18,
      'action-plans': 1,
      'action-plan-targets': 4,
      pages: 4,
      'site-settings': 4,
      organisations: 4,
    })
    for (const collection of collections) {
      expect((await payload.count({ collection })).totalDocs).toBe(first[collection].created)
    }
  })

  test('the action plan has three focus areas and four targets, none measured yet', async () => {
    const { docs: plans } = await payload.find({ collection: 'action-plans', locale: 'fi', depth: 0 })
    expect(plans[0]?.focusAreas.map((area) => area.key)).toEqual([
      'organising',
      'staff-competence',
      'collective-bargaining',
    ])
    expect(plans[0]?.forewordAuthor).toBe('Riku Aalto')
    const { docs: targets } = await payload.find({ collection: 'action-plan-targets', locale: 'fi', depth: 0 })
    expect(targets.map((target) => target.status).sort()).toEqual([
      'not-measured',
      'not-measured',
      'not-measured',
      'not-set',
    ])
    expect(targets.every((target) => target.baseline?.value == null && (target.measurements ?? []).length === 0)).toBe(
      true,
    )
  })

  test('the PDF text is joined back into words', async () => {
    const { docs } = await payload.find({ collection: 'action-plans', locale: 'fi', depth: 0 })
    const text = JSON.stringify(docs[0])
    expect(text).not.toContain('-\\n')
    expect(text).not.toContain('toimintasuunni-')
    expect(plainTextOf(docs[0]?.foreword)).toContain('toimintasuunnitelma vahvistaa')
    expect(text).toContain('järjestäytymistilanteen')
  })

  test('networks hold the facts the text states', async () => {
    const kamut = await bySlug('regional-networks', 'kamut', 'fi')
    expect(kamut).toMatchObject({
      name: 'KaMuT',
      acronymExpansion: 'Kaikki Mukaan Toimintaan',
      region: 'southern-finland',
      hasRegionalGroupRepresentative: true,
    })
    expect((await own('regional-networks', kamut.id, 'en')).acronymMeaning).toBe('Everybody Get Involved')
    expect(plainTextOf((await own('regional-networks', kamut.id, 'en')).description)).toContain('KaMuT')
    expect((await own('regional-networks', kamut.id, 'fi')).description ?? null).toBeNull()
    const jalla = await bySlug('regional-networks', 'jalla-jalla', 'fi')
    expect(jalla.founded?.slice(0, 10)).toBe('2021-08-01')
    expect(jalla.meetingCadence?.frequency).toBe('bimonthly')
    const ouver = await bySlug('regional-networks', 'ouver', 'fi')
    expect(ouver.founded?.slice(0, 10)).toBe('2024-01-01')
    expect(ouver.chairs).toHaveLength(2)
    expect(ouver.translatedLocales).toEqual(['en'])
    const eastern = await bySlug('regional-networks', 'eastern-finlands-immigrant-network', 'en')
    expect((await own('regional-networks', eastern.id, 'fi')).name ?? null).toBeNull()
    expect(eastern.contactPersons).toHaveLength(2)
  })

  test("partners: each organisation has its own, so SAK is JHL's (fi, en) and the confederation's (vi)", async () => {
    const { docs: sak } = await payload.find({
      collection: 'international-partners',
      where: { abbreviation: { equals: 'SAK' } },
      depth: 0,
      sort: 'id',
    })
    expect(sak.map((partner) => [partner.tenant, partner.translatedLocales])).toEqual([
      [await organisation('jhl'), ['fi', 'en']],
      [await organisation('vgcl'), ['vi']],
    ])
    expect((await own('international-partners', sak[1]!.id, 'vi')).name).toBe('Tổng Công đoàn Phần Lan')
    const ilo = await bySlug('international-partners', 'ilo', 'vi')
    expect(ilo.cooperationProjects?.[0]?.places).toEqual(['Thành phố Hồ Chí Minh', 'Bình Dương', 'Đồng Nai'])
    expect((await own('international-partners', ilo.id, 'fi')).name ?? null).toBeNull()
    const city = await bySlug('international-partners', 'pohjoismainen-kumppanuuskaupunki', 'fi')
    expect(city).toMatchObject({ status: 'sought', kind: 'city', scope: 'nordic' })
  })

  test('pages exist only in their source languages, each with its own blocks', async () => {
    const swedish = await bySlug('pages', 'natverket-for-manskliga-rattigheter', 'sv')
    expect(swedish.translatedLocales).toEqual(['sv'])
    expect((await own('pages', swedish.id, 'fi')).title ?? null).toBeNull()
    const join = swedish.layout?.find((block) => block.blockType === 'callToAction')
    expect(join).toMatchObject({
      label: 'Ansluta sig!',
      allowedEmailDomains: ['hel.fi', 'edu.hel.fi'],
      url: 'https://www.hel.fi',
    })
    expect(JSON.stringify(swedish.layout)).not.toMatch(/Mustasaarella|Tiedekulmassa/)
    const international = await bySlug('pages', 'kansainvalinen-toiminta', 'fi')
    expect((await own('pages', international.id, 'fi')).layout?.map((block) => block.blockType)).toEqual(['richText'])
    expect((await own('pages', international.id, 'en')).layout?.map((block) => block.blockType)).toEqual([
      'richText',
      'callToAction',
    ])
    const vietnamese = await bySlug(
      'pages',
      'mo-rong-va-tang-cuong-quan-he-huu-nghi-hop-tac-voi-cong-doan-cac-nuoc',
      'vi',
    )
    expect(JSON.stringify(vietnamese.layout)).not.toMatch(/Phản hồi|Thư viện ảnh|Tuyên truyền|27\/7\/2013/)
  })

  test('contacts not marked publishable stay private, also inside texts', async () => {
    const { docs } = await payload.find({ collection: 'contacts', overrideAccess: false, depth: 0 })
    expect(docs.map((contact) => contact.name).sort()).toEqual(['David Delahunty', 'Natalia Lomp'])
    const { docs: networks } = await payload.find({
      collection: 'regional-networks',
      overrideAccess: false,
      locale: 'en',
      depth: 0,
    })
    expect(JSON.stringify(networks)).not.toMatch(/Isto Mäkelä|433 1590|Toni Sorsa|Marja Karmala/)
  })

  test("each organisation's site settings carry its own name and link each locale to its pages", async () => {
    const settingsOf = async (slug: Parameters<typeof organisation>[0], locale: 'fi' | 'en' | 'sv' | 'vi') => {
      const found = await payload.find({
        collection: 'site-settings',
        where: { tenant: { equals: await organisation(slug) } },
        locale,
        fallbackLocale: false,
        depth: 0,
      })
      expect(found.docs, slug).toHaveLength(1)
      return found.docs[0]!
    }
    const jhl = await settingsOf('jhl', 'en')
    expect(jhl.organisation.name).toBe('JHL')
    expect(jhl.navigation?.map((item) => item.label)).toEqual(['International activities', 'Immigrant activities'])
    expect(jhl._status).toBe('published')
    expect((await settingsOf('helsinki', 'sv')).organisation.name).toBe('Helsingfors stad')
    expect((await settingsOf('teollisuusliitto', 'fi')).organisation.name).toBe('Teollisuusliitto')
    expect((await settingsOf('vgcl', 'vi')).organisation.name).toBe('Tổng Liên đoàn Lao động Việt Nam')
  })

  test('every document belongs to the organisation of its source', async () => {
    const owners = async (collection: (typeof collections)[number]) => {
      const { docs } = await payload.find({ collection, depth: 0, limit: 100, locale: 'all' as never })
      return new Set(docs.map((doc) => doc.tenant))
    }
    expect(await owners('regional-networks')).toEqual(new Set([await organisation('jhl')]))
    expect(await owners('contacts')).toEqual(new Set([await organisation('jhl')]))
    expect(await owners('action-plans')).toEqual(new Set([await organisation('teollisuusliitto')]))
    expect(await owners('action-plan-targets')).toEqual(new Set([await organisation('teollisuusliitto')]))
    expect(await owners('international-partners')).toEqual(
      new Set([await organisation('jhl'), await organisation('vgcl')]),
    )
    const page = async (slug: string, locale: 'fi' | 'sv' | 'vi') => (await bySlug('pages', slug, locale)).tenant
    expect(await page('natverket-for-manskliga-rattigheter', 'sv')).toBe(await organisation('helsinki'))
    expect(await page('kansainvalinen-toiminta', 'fi')).toBe(await organisation('jhl'))
  })
})

test('rich text from the builders reads back unchanged', async () => {
  const content = richTextFromBlocks([
    { kind: 'heading', tag: 'h2', text: 'Otsikko' },
    { kind: 'paragraph', text: 'Kappale.' },
    { kind: 'list', items: ['yksi', 'kaksi'] },
  ])
  const page = await payload.create({
    collection: 'pages',
    locale: 'fi',
    data: {
      title: 'Rikas teksti',
      layout: [{ blockType: 'richText', content }],
      tenant: await organisation('jhl'),
      _status: 'published',
    },
  })
  const read = await payload.findByID({ collection: 'pages', id: page.id, locale: 'fi', depth: 0 })
  const block = read.layout?.[0]
  expect(block?.blockType === 'richText' && block.content).toEqual(content)
  await payload.delete({ collection: 'pages', id: page.id })
})

test('a second run creates nothing and adds no versions', async () => {
  const versions = async () => ({
    ...Object.fromEntries(
      await Promise.all(collections.map(async (c) => [c, (await payload.countVersions({ collection: c })).totalDocs])),
    ),
    'site-settings': (await payload.countVersions({ collection: 'site-settings' })).totalDocs,
  })
  const before = await versions()
  const second = await seed(payload)
  expect(Object.values(second).every((count) => count.created === 0)).toBe(true)
  expect(Object.fromEntries(Object.entries(second).map(([slug, count]) => [slug, count.existing]))).toEqual(
    Object.fromEntries(Object.entries(first).map(([slug, count]) => [slug, count.created])),
  )
  expect(await versions()).toEqual(before)
})
