import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAdminSession, stopPayload } from './payload'
import { fieldErrors, rest } from './rest'

let payload: Payload
let token: string

beforeAll(async () => {
  ;({ payload, token } = await startAdminSession())
})
afterAll(() => stopPayload(payload))

/**
 * Publishes through REST (drafts are not validated, published documents are) and returns the field
 * errors. It asks for English messages (Accept-Language, as an API client would) unless told another
 * language; the admin's default, Finnish, is tested in adminLanguages.test.ts.
 */
async function publish(
  collection: string,
  data: Record<string, unknown>,
  options: { locale?: string; id?: string | number; language?: string } = {},
) {
  const response = await rest(payload, options.id ? `/${collection}/${options.id}` : `/${collection}`, {
    method: options.id ? 'PATCH' : 'POST',
    query: { locale: options.locale ?? 'fi' },
    body: { ...data, _status: 'published' },
    token,
    headers: { 'Accept-Language': options.language ?? 'en' },
  })
  return { status: response.status, errors: fieldErrors(response.body), doc: response.body.doc }
}

/** A valid plan to hang targets on; the focus areas default to one, "organising". */
function publishPlan(title: string, focusAreas = [{ key: 'organising', title: 'Järjestäytyminen' }]) {
  return publish('action-plans', {
    title,
    organisation: 'Teollisuusliitto ry',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    focusAreas,
  })
}

const network = { name: 'KaMuT', region: 'southern-finland' }

describe('slugs', () => {
  test('must be lower-case words joined by hyphens, and say how', async () => {
    const result = await publish('regional-networks', { ...network, slug: 'KaMuT Verkosto!' })
    expect(result.status).toBe(400)
    expect(result.errors.slug).toBe('Use lower-case letters, digits and single hyphens only, e.g. "kamut-verkosto".')
  })

  test('are made from the name when left empty, in any script', async () => {
    const finnish = await publish('regional-networks', { ...network, name: 'Itä-Suomen verkosto' })
    expect(finnish.doc.slug).toBe('ita-suomen-verkosto')
    const arabic = await publish('regional-networks', { name: 'شبكة الشرق' }, { id: finnish.doc.id, locale: 'ar' })
    expect(arabic.doc.slug).toBe('شبكة-الشرق')
  })

  test('are unique within a locale, and the message is in the editor’s admin language', async () => {
    const first = await publish('regional-networks', { ...network, slug: 'kamut' })
    expect(first.status).toBe(201)
    const clash = await publish('regional-networks', { ...network, slug: 'kamut' })
    expect(clash.errors.slug).toBe('The slug "kamut" is already used by another document in this language (fi).')
    const swedishAdmin = await publish('regional-networks', { ...network, slug: 'kamut' }, { language: 'sv' })
    expect(swedishAdmin.errors.slug).toBe('Sluggen "kamut" används redan av ett annat dokument på detta språk (fi).')
    const otherLocale = await publish('regional-networks', { ...network, slug: 'kamut' }, { locale: 'sv' })
    expect(otherLocale.status).toBe(201)
  })

  test('of pages are unique among siblings only', async () => {
    const about = await publish('pages', { title: 'Tietoa', slug: 'tietoa' })
    const news = await publish('pages', { title: 'Uutiset', slug: 'uutiset' })
    expect((await publish('pages', { title: 'Historia', slug: 'historia', parent: about.doc.id })).status).toBe(201)
    expect((await publish('pages', { title: 'Historia', slug: 'historia', parent: news.doc.id })).status).toBe(201)
    const clash = await publish('pages', { title: 'Historia', slug: 'historia', parent: about.doc.id })
    expect(clash.errors.slug).toContain('already used')
    const cycle = await publish('pages', { parent: about.doc.id }, { id: about.doc.id })
    expect(cycle.errors.parent).toBe('A page cannot be placed under itself or under one of its own subpages.')
  })
})

describe('field formats', () => {
  test('web addresses must be http or https', async () => {
    const result = await publish('regional-networks', {
      ...network,
      slug: 'url-test',
      socialLinks: [{ platform: 'facebook', url: 'javascript:alert(1)' }],
    })
    expect(result.errors['socialLinks.0.url']).toBe('Enter a full web address starting with http:// or https://.')
    const partner = await publish('international-partners', {
      name: 'EPSU',
      kind: 'federation',
      scope: 'european',
      relationship: 'member-of',
      website: 'www.epsu.org',
    })
    expect(partner.errors.website).toContain('http://')
  })

  test('e-mail addresses and phone numbers are checked', async () => {
    const result = await publish('contacts', { name: 'Isto', email: 'isto.at.example', phone: '12' })
    expect(result.status).toBe(400)
    expect(result.errors.email).toMatch(/email/i)
    expect(result.errors.phone).toBe('Enter a valid phone number, e.g. 050 433 1590 or +358 50 433 1590.')
    const valid = await publish('contacts', { name: 'Isto', email: 'isto@example.org', phone: '050 433 1590' })
    expect(valid.status).toBe(201)
    expect((await publish('contacts', { name: 'Nguyen', phone: '+84 24 3942 1887' })).status).toBe(201)
  })

  test('country codes and join e-mail domains are checked', async () => {
    const partner = await publish('international-partners', {
      name: 'SAK',
      kind: 'confederation',
      scope: 'national',
      relationship: 'member-of',
      country: 'Finland',
    })
    expect(partner.errors.country).toBe('Use a two-letter ISO 3166 country code, e.g. FI.')
    const page = await publish('pages', {
      title: 'Nätverket',
      layout: [
        { blockType: 'callToAction', heading: 'Gå med', label: 'Ansluta sig!', allowedEmailDomains: ['@hel.fi'] },
      ],
    })
    expect(page.errors['layout.0.allowedEmailDomains']).toBe('Write a domain such as hel.fi, without @.')
  })

  test('numbers must be numbers', async () => {
    const plan = await publishPlan('Toimintasuunnitelma 2020')
    const result = await publish('action-plan-targets', {
      plan: plan.doc.id,
      focusArea: 'organising',
      metric: 'Jäsenmäärä',
      unit: 'count',
      target: { kind: 'absolute', value: 'kuusi' },
    })
    expect(result.status).toBe(400)
    expect(result.errors['target.value']).toBe('Enter a number, e.g. 6 or 2.5.')
  })
})

describe('dates', () => {
  test('a network cannot be founded in the future', async () => {
    const nextYear = new Date(Date.now() + 400 * 86_400_000).toISOString()
    const result = await publish('regional-networks', { ...network, slug: 'future', founded: nextYear })
    expect(result.errors.founded).toBe('This date cannot be in the future.')
    expect((await publish('regional-networks', { ...network, slug: 'past', founded: '2021-08-01' })).status).toBe(201)
  })

  test('a deadline comes after the baseline, a plan ends after it starts, a project after its start', async () => {
    const plan = await publish('action-plans', {
      title: 'Suunnitelma',
      organisation: 'Teollisuusliitto ry',
      periodStart: '2020-12-31',
      periodEnd: '2020-01-01',
      focusAreas: [{ key: 'organising', title: 'Järjestäytyminen' }],
    })
    expect(plan.errors.periodEnd).toBe('This date must be after the start of the period (2020-12-31).')
    const goodPlan = await publishPlan('Suunnitelma 2')
    const target = await publish('action-plan-targets', {
      plan: goodPlan.doc.id,
      focusArea: 'organising',
      metric: 'Luottamushenkilöt',
      unit: 'count',
      baseline: { value: 1000, date: '2018-12-31' },
      target: { kind: 'relative-percent', value: 10, deadline: '2018-01-01' },
    })
    expect(target.errors['target.deadline']).toBe('This date must be after the baseline date (2018-12-31).')
    const project = await publish('international-partners', {
      name: 'ILO',
      kind: 'intergovernmental-organisation',
      scope: 'global',
      relationship: 'cooperation',
      cooperationProjects: [{ title: 'Hanke', start: '2013-06-01', end: '2012-01-01' }],
    })
    expect(project.errors['cooperationProjects.0.end']).toBe('This date must be after the start date (2013-06-01).')
  })
})

describe('relationships', () => {
  test('must point at documents that exist', async () => {
    const result = await publish('regional-networks', { ...network, slug: 'chairs', chairs: [424242] })
    expect(result.errors.chairs).toBe('The related contacts document "424242" does not exist.')
  })

  test('also when the related collection is not one of an organisation’s (a review’s responsible user)', async () => {
    const result = await publish('regional-networks', {
      ...network,
      slug: 'responsible',
      review: { responsible: 9999 },
    })
    expect(result.status).toBe(400)
    expect(result.errors['review.responsible']).toBe('The related users document "9999" does not exist.')
  })

  test('a target names a focus area of its plan', async () => {
    const plan = await publishPlan('Suunnitelma 3', [
      { key: 'organising', title: 'Järjestäytyminen' },
      { key: 'bargaining', title: 'TES-kierros' },
    ])
    const result = await publish('action-plan-targets', {
      plan: plan.doc.id,
      focusArea: 'recruiting',
      metric: 'Jäsenet',
      unit: 'count',
      target: { kind: 'not-set' },
    })
    expect(result.errors.focusArea).toBe(
      'The action plan has no focus area with the key "recruiting". Keys: organising, bargaining.',
    )
    const missingValue = await publish('action-plan-targets', {
      plan: plan.doc.id,
      focusArea: 'organising',
      metric: 'Jäsenet',
      unit: 'count',
      target: { kind: 'absolute' },
    })
    expect(missingValue.errors['target.value']).toBe(
      'A target value is needed unless the target is marked as not set yet.',
    )
  })
})

describe('targets', () => {
  test('a relative target needs a baseline: its value, or the level the plan names', async () => {
    const plan = await publishPlan('Suunnitelma 4')
    const relative = {
      plan: plan.doc.id,
      focusArea: 'organising',
      metric: 'Jäsenet',
      unit: 'count',
      baseline: { date: '2019-12-31' },
      target: { kind: 'relative-percent', value: 6, deadline: '2023-12-31', deadlinePrecision: 'year' },
    }
    const fromNothing = await publish('action-plan-targets', relative)
    expect(fromNothing.errors['baseline.reference']).toBe(
      'A relative target needs a baseline: its value, or the reference level the plan names.',
    )
    const fromLevel = await publish('action-plan-targets', {
      ...relative,
      baseline: { date: '2019-12-31', reference: 'vuoden 2019 lopun taso' },
    })
    expect(fromLevel.status).toBe(201)
    expect(fromLevel.doc.target.deadlinePrecision).toBe('year')
    const fromValue = await publish('action-plan-targets', {
      ...relative,
      baseline: { value: 1000, date: '2019-12-31' },
    })
    expect(fromValue.status).toBe(201)
  })

  test('a date precision is one of year, month and day', async () => {
    const plan = await publish('action-plans', {
      title: 'Suunnitelma 5',
      organisation: 'Teollisuusliitto ry',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      periodPrecision: 'season',
      focusAreas: [{ key: 'organising', title: 'Järjestäytyminen' }],
    })
    expect(plan.errors.periodPrecision).toBeDefined()
  })
})

describe('a rejected save stores nothing', () => {
  test('an update with one bad field changes no field in any locale and adds no version', async () => {
    const created = await publish('regional-networks', { ...network, slug: 'atomic', acronymMeaning: 'Kaikki mukaan' })
    await payload.update({
      collection: 'regional-networks',
      id: created.doc.id,
      locale: 'sv',
      data: { name: 'KaMuT sv' },
    })
    const versionsBefore = await payload.countVersions({
      collection: 'regional-networks',
      where: { parent: { equals: created.doc.id } },
    })

    const rejected = await publish(
      'regional-networks',
      { name: 'Changed', acronymMeaning: 'Changed', socialLinks: [{ platform: 'facebook', url: 'not a url' }] },
      { id: created.doc.id },
    )
    expect(rejected.status).toBe(400)

    const finnish = await payload.findByID({
      collection: 'regional-networks',
      id: created.doc.id,
      locale: 'fi',
      draft: true,
    })
    expect(finnish).toMatchObject({ name: 'KaMuT', acronymMeaning: 'Kaikki mukaan', socialLinks: [] })
    const swedish = await payload.findByID({
      collection: 'regional-networks',
      id: created.doc.id,
      locale: 'sv',
      draft: true,
    })
    expect(swedish.name).toBe('KaMuT sv')
    const versionsAfter = await payload.countVersions({
      collection: 'regional-networks',
      where: { parent: { equals: created.doc.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)
  })

  test('a create with a bad row creates no document', async () => {
    const before = await payload.count({ collection: 'international-partners' })
    const rejected = await publish('international-partners', {
      name: 'FES',
      kind: 'foundation',
      scope: 'global',
      relationship: 'support',
      cooperationProjects: [{ title: 'Ok' }, { title: 'Bad', funders: [999_999] }],
    })
    expect(rejected.status).toBe(400)
    expect(rejected.errors['cooperationProjects.1.funders']).toContain('does not exist')
    expect((await payload.count({ collection: 'international-partners' })).totalDocs).toBe(before.totalDocs)
  })
})
