import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAdminSession, stopPayload } from './payload'
import { rest } from './rest'

let payload: Payload
let token: string

beforeAll(async () => {
  ;({ payload, token } = await startAdminSession())
})
afterAll(() => stopPayload(payload))

async function finnishNetwork(name: string) {
  return payload.create({
    collection: 'regional-networks',
    locale: 'fi',
    data: {
      name,
      region: 'inner-finland',
      acronymMeaning: 'Mennään!',
      meetingCadence: { frequency: 'bimonthly', note: 'parin kuukauden välein' },
      _status: 'published',
    },
  })
}

/** What a locale really holds: no fallback (REST `fallback-locale=none`). */
async function own(id: number | string, locale: string, draft = false) {
  const response = await rest(payload, `/regional-networks/${id}`, {
    query: { locale, 'fallback-locale': 'none', draft, depth: 0 },
    token,
  })
  return response.body
}

describe('fallback per locale', () => {
  test('a locale without a translation reads the default locale, unless fallback is off', async () => {
    const network = await finnishNetwork('Jalla-Jalla!')
    const withFallback = await rest(payload, `/regional-networks/${network.id}`, { query: { locale: 'sv' } })
    expect(withFallback.body.acronymMeaning).toBe('Mennään!')
    expect(withFallback.body.meetingCadence.note).toBe('parin kuukauden välein')
    const swedish = await own(network.id, 'sv')
    expect(swedish.acronymMeaning ?? null).toBeNull()
    expect(swedish.meetingCadence?.note ?? null).toBeNull()
  })

  test('an Arabic translation is stored and read back as written', async () => {
    const network = await finnishNetwork('PoVer')
    await payload.update({
      collection: 'regional-networks',
      id: network.id,
      locale: 'ar',
      data: { name: 'شبكة بوفير', acronymMeaning: 'شبكتنا' },
    })
    const arabic = await own(network.id, 'ar')
    expect(arabic.name).toBe('شبكة بوفير')
    expect((await own(network.id, 'fi')).name).toBe('PoVer')
  })
})

describe('saving one locale never writes fallback values into another', () => {
  test('saving Swedish writes only Swedish', async () => {
    const network = await finnishNetwork('MeVe')
    const saved = await rest(payload, `/regional-networks/${network.id}`, {
      method: 'PATCH',
      query: { locale: 'sv' },
      body: { name: 'MeVe (sv)' },
      token,
    })
    expect(saved.status).toBe(200)
    const swedish = await own(network.id, 'sv')
    expect(swedish.name).toBe('MeVe (sv)')
    expect(swedish.acronymMeaning ?? null).toBeNull()
    expect(swedish.meetingCadence?.note ?? null).toBeNull()
    const finnish = await own(network.id, 'fi')
    expect(finnish).toMatchObject({ name: 'MeVe', acronymMeaning: 'Mennään!' })
  })

  test('saving the whole Swedish form as the admin loads it (fallback off) keeps untranslated fields empty', async () => {
    const network = await finnishNetwork('OuVer')
    const { id: _id, createdAt: _c, updatedAt: _u, ...form } = await own(network.id, 'sv', true)
    const saved = await rest(payload, `/regional-networks/${network.id}`, {
      method: 'PATCH',
      query: { locale: 'sv' },
      body: { ...form, name: 'OuVer (sv)' },
      token,
    })
    expect(saved.status).toBe(200)
    expect((await own(network.id, 'sv')).acronymMeaning ?? null).toBeNull()
    expect((await own(network.id, 'fi')).meetingCadence.note).toBe('parin kuukauden välein')
  })

  test('translating rows of a shared list (cooperation projects) keeps the other locale’s texts', async () => {
    const partner = await payload.create({
      collection: 'international-partners',
      locale: 'fi',
      data: {
        name: 'Kansainvälinen työjärjestö',
        kind: 'intergovernmental-organisation',
        scope: 'global',
        relationship: 'cooperation',
        status: 'active',
        cooperationProjects: [{ title: 'Ammattiosastojen vahvistaminen', places: ['Hanoi'] }],
        _status: 'published',
      },
    })
    const path = `/international-partners/${partner.id}`
    const loaded = await rest(payload, path, { query: { locale: 'vi', 'fallback-locale': 'none', depth: 0 }, token })
    const { id: _id, createdAt: _c, updatedAt: _u, ...form } = loaded.body
    form.name = 'Tổ chức Lao động Quốc tế'
    form.cooperationProjects[0].title = 'Tăng cường vai trò Công đoàn cơ sở'
    const saved = await rest(payload, path, { method: 'PATCH', query: { locale: 'vi' }, body: form, token })
    expect(saved.status).toBe(200)
    const finnish = await rest(payload, path, { query: { locale: 'fi', 'fallback-locale': 'none' } })
    expect(finnish.body.cooperationProjects[0]).toMatchObject({
      title: 'Ammattiosastojen vahvistaminen',
      places: ['Hanoi'],
    })
    const vietnamese = await rest(payload, path, { query: { locale: 'vi', 'fallback-locale': 'none' } })
    expect(vietnamese.body.cooperationProjects[0].title).toBe('Tăng cường vai trò Công đoàn cơ sở')
    expect(vietnamese.body.cooperationProjects[0].places ?? []).toEqual([])
  })

  test('saving the site settings in Swedish keeps Finnish values out of Swedish fields', async () => {
    const settings = await payload.create({
      collection: 'site-settings',
      locale: 'fi',
      data: {
        organisation: { name: 'JHL' },
        joinLink: { label: 'Liity jäseneksi', url: 'https://www.jhl.fi/liity' },
        _status: 'published',
      },
    })
    const saved = await rest(payload, `/site-settings/${settings.id}`, {
      method: 'PATCH',
      query: { locale: 'sv' },
      body: { organisation: { name: 'JHL' }, joinLink: { label: 'Bli medlem' } },
      token,
    })
    expect(saved.status).toBe(200)
    const swedish = await rest(payload, `/site-settings/${settings.id}`, {
      query: { locale: 'sv', 'fallback-locale': 'none' },
      token,
    })
    expect(swedish.body.joinLink.label).toBe('Bli medlem')
    expect(swedish.body.joinLink.url ?? null).toBeNull()
    const finnish = await rest(payload, `/site-settings/${settings.id}`, { query: { locale: 'fi' } })
    expect(finnish.body.joinLink).toMatchObject({ label: 'Liity jäseneksi', url: 'https://www.jhl.fi/liity' })
  })

  test('autosaving a Swedish draft leaves Finnish and the published Swedish alone', async () => {
    const network = await finnishNetwork('KaMuT')
    const autosave = await rest(payload, `/regional-networks/${network.id}`, {
      method: 'PATCH',
      query: { locale: 'sv', draft: true, autosave: true },
      body: { acronymMeaning: 'Alla med' },
      token,
    })
    expect(autosave.status).toBe(200)
    expect((await own(network.id, 'sv', true)).acronymMeaning).toBe('Alla med')
    expect((await own(network.id, 'fi', true)).acronymMeaning).toBe('Mennään!')
    const publicSwedish = await rest(payload, `/regional-networks/${network.id}`, {
      query: { locale: 'sv', 'fallback-locale': 'none' },
    })
    expect(publicSwedish.body.acronymMeaning ?? null).toBeNull()
  })

  test('publishing Finnish does not fill Swedish with Finnish values', async () => {
    const network = await finnishNetwork('Itä')
    await payload.update({ collection: 'regional-networks', id: network.id, locale: 'sv', data: { name: 'Öst' } })
    const published = await rest(payload, `/regional-networks/${network.id}`, {
      method: 'PATCH',
      query: { locale: 'fi' },
      body: { acronymMeaning: 'Uusi', _status: 'published' },
      token,
    })
    expect(published.status).toBe(200)
    const swedish = await own(network.id, 'sv')
    expect(swedish.name).toBe('Öst')
    expect(swedish.acronymMeaning ?? null).toBeNull()
  })

  test('publishing one locale keeps the other locale’s draft unpublished', async () => {
    const network = await finnishNetwork('Kaakko')
    await payload.update({ collection: 'regional-networks', id: network.id, locale: 'sv', data: { name: 'Sydost' } })
    await payload.update({
      collection: 'regional-networks',
      id: network.id,
      locale: 'sv',
      draft: true,
      data: { name: 'Sydost (utkast)' },
    })
    const publishFinnish = await rest(payload, `/regional-networks/${network.id}`, {
      method: 'PATCH',
      query: { locale: 'fi', publishSpecificLocale: 'fi' },
      body: { name: 'Kaakko 2', _status: 'published' },
      token,
    })
    expect(publishFinnish.status).toBe(200)
    const publicSwedish = await rest(payload, `/regional-networks/${network.id}`, { query: { locale: 'sv' } })
    expect(publicSwedish.body.name).toBe('Sydost')
    const publicFinnish = await rest(payload, `/regional-networks/${network.id}`, { query: { locale: 'fi' } })
    expect(publicFinnish.body.name).toBe('Kaakko 2')
  })
})
