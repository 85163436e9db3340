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

  test('targets keep the source’s precision: baselines as the levels it names, a deadline by year, a plan of a year', async () => {
    const { docs: plans } = await payload.find({ collection: 'action-plans', locale: 'fi', depth: 0 })
    expect(plans[0]?.periodPrecision).toBe('year')
    const { docs: targets } = await payload.find({ collection: 'action-plan-targets', locale: 'fi', depth: 0 })
    const byKind = (kind: string) => targets.filter((target) => target.target.kind === kind)
    const relative = byKind('relative-percent')
      .sort((a, b) => (a.target.value ?? 0) - (b.target.value ?? 0))
      .map((target) => [target.target.value, target.baseline?.reference])
    expect(relative).toEqual([
      [6, 'vuoden 2019 lopun taso'],
      [10, 'vuoden 2018 taso'],
    ])
    for (const target of [...byKind('relative-percent'), ...byKind('absolute')]) {
      expect(target.target).toMatchObject({ deadlinePrecision: 'year' })
      expect(target.target.deadline?.slice(0, 10)).toBe('2023-12-31')
    }
    expect(byKind('not-set')[0]?.target.deadline ?? null).toBeNull()
  })

  test('the plan’s other emphases are imported, without the printed plan’s page references or its repeated paragraph', async () => {
    const { docs } = await payload.find({ collection: 'action-plans', locale: 'fi', depth: 0 })
    const plan = docs[0]
    expect(plan?.otherEmphases?.title).toBe('Muut painotukset liiton toiminnassa')
    const others = plainTextOf(plan?.otherEmphases?.content)
    for (const heading of [
      'Yhteiskunnallisen vaikuttamisen lisääminen',
      'Aluetoimistoverkoston, aluetoiminnan ja ammattiosastojen kehittäminen',
      'Jäsenpalvelun kehittäminen sekä tiedon ja osaamisen jakaminen',
    ])
      expect(others).toContain(heading)
    expect(others).toContain('Jatkamme sen kehittämistä ja hyödyntämistä.')
    expect(others.split('pidämme vaikuttamiskoulutuksen jokaisella alueellamme')).toHaveLength(2)
    expect(JSON.stringify(plan)).not.toMatch(/lue lisää|sivulta \d/)
    expect(plan?.summary).toBe(
      'Teollisuusliiton kolmannen toimintavuoden toimintasuunnitelma vahvistaa liiton strategian toteutumista.',
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
  })

  test('a network’s texts say each fact once, and the sentence leading to a contact is its contact prompt', async () => {
    const { docs } = await payload.find({
      collection: 'regional-networks',
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
      limit: 100,
    })
    const prompts = Object.fromEntries(docs.map((network) => [network.name, network.contactPrompt]))
    expect(prompts).toEqual({
      KaMuT: 'Would you like to participate? Get in touch:',
      'Jalla-Jalla!': 'Would you like to participate the next time? Contact:',
      MeVe: 'Would you like to participate the next time? Get in touch:',
      "Southeast Finland's immigrant network":
        "To become a member of Southeast Finland's immigrant network, send an e-mail to the regional office:",
      PoVer: 'Would you like to join PoVer? Get in touch:',
      'Eastern Finland’s immigrant network': 'Would you like to join the network? Send a message to:',
      OuVer: 'Would you like to participate? Get in touch:',
    })
    for (const network of docs) {
      const texts = `${plainTextOf(network.description)}\n${plainTextOf(network.howToJoin)}`
      expect(texts, network.name).not.toMatch(/gets together|has its own representative|are the chairs|:$/m)
      expect(plainTextOf(network.howToJoin), network.name).toBe('Come join us!')
    }
  })

  test('partners come from each organisation’s own source: SAK is JHL’s (fi, en) and VGCL’s (vi)', async () => {
    const jhlSak = await bySlug('international-partners', 'sak', 'fi')
    expect(jhlSak.translatedLocales).toEqual(['fi', 'en'])
    const vgclSak = await bySlug('international-partners', 'sak', 'vi')
    expect(vgclSak.id).not.toBe(jhlSak.id)
    expect(vgclSak.translatedLocales).toEqual(['vi'])
    expect(vgclSak.name).toBe('Tổng Công đoàn Phần Lan')
  })

  test('the SME project as source 004 states it: 3 provinces and cities, the European Commission through LO/FTF', async () => {
    const apheda = await bySlug('international-partners', 'apheda', 'vi')
    const [project] = apheda.cooperationProjects ?? []
    expect(project?.title).toBe('Tăng cường vai trò của Công đoàn trong khu vực doanh nghiệp vừa và nhỏ')
    expect(project?.places).toEqual(['3 tỉnh, thành phố'])
    const sak = await bySlug('international-partners', 'sak', 'vi')
    expect(project?.funders).toEqual([apheda.id, sak.id])
    const loFtf = await bySlug('international-partners', 'lo-ftf', 'vi')
    expect(project?.fundedThrough?.map(({ id: _, ...funding }) => funding)).toEqual([
      { funder: 'Ủy ban Châu Âu', intermediary: loFtf.id, places: ['Khánh Hòa'] },
    ])
    const ilo = await bySlug('international-partners', 'ilo', 'vi')
    expect(ilo.cooperationProjects?.[0]?.places).toEqual(['Thành phố Hồ Chí Minh', 'Bình Dương', 'Đồng Nai'])
    // The article's closing sentence is about all projects and programmes together: no project's outcome.
    const { docs } = await payload.find({ collection: 'international-partners', locale: 'vi', depth: 0, limit: 100 })
    const projects = docs.flatMap((partner) => partner.cooperationProjects ?? [])
    expect(projects).toHaveLength(3)
    expect(projects.map((row) => row.outcome ?? null)).toEqual([null, null, null])
  })

  test('every partner has a description of its own, in each language of its source', async () => {
    for (const locale of ['fi', 'en', 'vi'] as const) {
      const { docs } = await payload.find({
        collection: 'international-partners',
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 100,
        where: { translatedLocales: { contains: locale } },
      })
      const descriptions = docs.map((partner) => plainTextOf(partner.description))
      expect(descriptions.length, locale).toBeGreaterThan(5)
      expect(
        descriptions.every((text) => text.length > 0),
        locale,
      ).toBe(true)
      expect(new Set(descriptions).size, locale).toBe(descriptions.length)
    }
    const epsu = await bySlug('international-partners', 'epsu', 'fi')
    expect(plainTextOf(epsu.description)).toBe(
      'Seuraamme EU:n työelämän asioita julkisen alan ammattiliittojen eurooppalaisen kattojärjestön EPSUn kautta.',
    )
    const ilo = await bySlug('international-partners', 'ilo', 'vi')
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
    expect(vietnamese.publishedAt?.slice(0, 10)).toBe('2013-07-27')
  })

  test('pages open with the text’s own first paragraph as their summary, not repeated below it', async () => {
    const international = await bySlug('pages', 'kansainvalinen-toiminta', 'fi')
    expect(international.summary).toBe('Helsingin yhteisjärjestö JHL ry haluaa kehittää kansainvälistä toimintaansa.')
    expect((await own('pages', international.id, 'en')).summary).toBe(
      'We want to develop our international activities.',
    )
    const immigrant = await bySlug('pages', 'immigrant-activities', 'en')
    expect(immigrant.summary).toMatch(/^There are many immigrant-origin professionals/)
    const swedish = await bySlug('pages', 'natverket-for-manskliga-rattigheter', 'sv')
    expect(swedish.summary).toMatch(/^I staden finns ett frivillignätverk/)
    for (const page of [international, immigrant, swedish]) {
      const first = page.layout?.[0]
      expect(first?.blockType === 'richText' && plainTextOf(first.content), page.title).not.toContain(page.summary)
    }
  })

  test('the immigrant-activities page leads to contacts only through a contact card, and says nothing of this site’s languages', async () => {
    const page = await bySlug('pages', 'immigrant-activities', 'en')
    const card = page.layout?.find((block) => block.blockType === 'contactCard')
    expect(card).toMatchObject({
      heading: 'Get in touch!',
      intro: expect.stringMatching(/You can contact our specialists in charge of immigrant activities:$/),
    })
    expect(JSON.stringify(page.layout)).not.toMatch(/switch the language|specialists[^"]*:"\}/)
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
