import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAdminSession, stopPayload } from './payload'
import { fieldErrors, rest } from './rest'

/**
 * Old addresses keep working: a published document that moves gets a redirect from each old
 * address, recorded by the CMS itself, without chains or loops; editors' own redirects are
 * checked the same way. Real Payload over its REST handlers.
 */
let payload: Payload
let token: string

beforeAll(async () => {
  ;({ payload, token } = await startAdminSession())
})
afterAll(() => stopPayload(payload))

async function save(
  collection: string,
  data: Record<string, unknown>,
  options: { id?: number; locale?: string; draft?: boolean } = {},
) {
  const response = await rest(payload, options.id ? `/${collection}/${options.id}` : `/${collection}`, {
    method: options.id ? 'PATCH' : 'POST',
    // A draft is saved as the admin saves one: ?draft=true, beside the published version.
    query: { locale: options.locale ?? 'fi', ...(options.draft ? { draft: true } : {}) },
    body: data,
    token,
    // Messages in English, as an API client asks for them (the admin's default is Finnish).
    headers: { 'Accept-Language': 'en' },
  })
  return { status: response.status, doc: response.body.doc, errors: fieldErrors(response.body), body: response.body }
}

const publishPage = (data: Record<string, unknown>, options: { id?: number; locale?: string } = {}) =>
  save('pages', { translatedLocales: ['fi', 'sv'], ...data, _status: 'published' }, options)

/** Every redirect, as "from → to", sorted. */
async function redirects(): Promise<string[]> {
  const list = await rest(payload, '/redirects', { query: { limit: 1000, depth: 0 } })
  expect(list.status).toBe(200)
  return (list.body.docs as { from: string; to: string }[]).map(({ from, to }) => `${from} → ${to}`).sort()
}

async function clearRedirects() {
  await payload.delete({ collection: 'redirects', where: { id: { exists: true } } })
}

describe('a published document that moves', () => {
  test('a new slug redirects the old address in that locale, and its subpages’ too', async () => {
    await clearRedirects()
    const parent = await publishPage({ title: 'Toiminta', slug: 'toiminta' })
    await publishPage({ title: 'Verksamhet', slug: 'verksamhet' }, { id: parent.doc.id, locale: 'sv' })
    await publishPage({ title: 'Kansainvälinen', slug: 'kansainvalinen', parent: parent.doc.id })
    const renamed = await publishPage({ slug: 'mita-teemme' }, { id: parent.doc.id })
    expect(renamed.status).toBe(200)
    expect(await redirects()).toEqual([
      '/fi/toiminta/ → /fi/mita-teemme/',
      '/fi/toiminta/kansainvalinen/ → /fi/mita-teemme/kansainvalinen/',
    ])
    const redirect = (await rest(payload, '/redirects', { query: { 'where[from][equals]': '/fi/toiminta/' } })).body
      .docs[0]
    expect(redirect).toMatchObject({ locale: 'fi', origin: 'automatic' })
  })

  test('a new parent redirects the old address in every locale', async () => {
    await clearRedirects()
    const about = await publishPage({ title: 'Meistä', slug: 'meista' })
    await publishPage({ title: 'Om oss', slug: 'om-oss' }, { id: about.doc.id, locale: 'sv' })
    const page = await publishPage({ title: 'Historia', slug: 'historia' })
    await publishPage({ title: 'Historik', slug: 'historik' }, { id: page.doc.id, locale: 'sv' })
    await publishPage({ parent: about.doc.id }, { id: page.doc.id })
    expect(await redirects()).toEqual(['/fi/historia/ → /fi/meista/historia/', '/sv/historik/ → /sv/om-oss/historik/'])
  })

  test('a network’s new slug redirects its address under the locale’s own word for networks', async () => {
    await clearRedirects()
    const network = await save('regional-networks', {
      name: 'KaMuT',
      slug: 'kamut',
      region: 'southern-finland',
      translatedLocales: ['fi'],
      _status: 'published',
    })
    expect(network.status).toBe(201)
    await save('regional-networks', { slug: 'kamut-verkosto', _status: 'published' }, { id: network.doc.id })
    expect(await redirects()).toEqual(['/fi/verkostot/kamut/ → /fi/verkostot/kamut-verkosto/'])
  })

  test('a draft of a new slug records nothing until it is published', async () => {
    await clearRedirects()
    const page = await publishPage({ title: 'Luonnos', slug: 'luonnos' })
    await save('pages', { slug: 'luonnos-uusi', _status: 'draft' }, { id: page.doc.id, draft: true })
    expect(await redirects()).toEqual([])
    await publishPage({ slug: 'luonnos-uusi' }, { id: page.doc.id })
    expect(await redirects()).toEqual(['/fi/luonnos/ → /fi/luonnos-uusi/'])
  })

  test('renames in a row make no chain, and renaming back makes no loop', async () => {
    await clearRedirects()
    const page = await publishPage({ title: 'A', slug: 'aaa' })
    await publishPage({ slug: 'bbb' }, { id: page.doc.id })
    await publishPage({ slug: 'ccc' }, { id: page.doc.id })
    expect(await redirects()).toEqual(['/fi/aaa/ → /fi/ccc/', '/fi/bbb/ → /fi/ccc/'])
    await publishPage({ slug: 'aaa' }, { id: page.doc.id })
    // /fi/aaa/ is a page again, so its redirect is gone; the others lead to it directly.
    expect(await redirects()).toEqual(['/fi/bbb/ → /fi/aaa/', '/fi/ccc/ → /fi/aaa/'])
  })
})

describe('redirects added by hand', () => {
  test('an editor adds one; a target that is itself redirected is followed to its end', async () => {
    await clearRedirects()
    const first = await save('redirects', { from: '/fi/vanha', to: '/fi/uusi/' })
    expect(first.status).toBe(201)
    expect(first.doc).toMatchObject({ from: '/fi/vanha/', to: '/fi/uusi/', locale: 'fi', origin: 'manual' })
    const second = await save('redirects', { from: '/fi/vanhempi/', to: '/fi/vanha/' })
    expect(second.doc.to).toBe('/fi/uusi/')
    await save('redirects', { from: '/fi/uusi/', to: 'https://example.org/uusin' })
    expect(await redirects()).toEqual([
      '/fi/uusi/ → https://example.org/uusin',
      '/fi/vanha/ → https://example.org/uusin',
      '/fi/vanhempi/ → https://example.org/uusin',
    ])
  })

  test('one that would make a loop is refused with a 400 that shows the loop', async () => {
    await clearRedirects()
    await save('redirects', { from: '/fi/a/', to: '/fi/b/' })
    const loop = await save('redirects', { from: '/fi/b/', to: '/fi/a/' })
    expect(loop.status).toBe(400)
    expect(loop.errors.to).toBe('This redirect would make a loop: /fi/b/ → /fi/a/ → /fi/b/.')
    const itself = await save('redirects', { from: '/fi/c/', to: '/fi/c/' })
    expect(itself.status).toBe(400)
    expect(itself.errors.to).toBe('A redirect cannot lead to its own address (/fi/c/).')
  })

  test('one from a published page’s address, a second from the same address, or a malformed one is refused', async () => {
    await clearRedirects()
    await publishPage({ title: 'Elävä', slug: 'elava' })
    const live = await save('redirects', { from: '/fi/elava/', to: '/fi/muu/' })
    expect(live.status).toBe(400)
    expect(live.errors.from).toMatch(/^The address \/fi\/elava\/ is a published page \(pages\/\d+\/fi\)/)
    await save('redirects', { from: '/fi/x/', to: '/fi/y/' })
    expect((await save('redirects', { from: '/fi/x/', to: '/fi/z/' })).errors.from).toBe(
      'The address /fi/x/ already has a redirect; edit that one instead.',
    )
    const malformed = await save('redirects', { from: 'vanha-sivu', to: 'ftp://example.org' })
    expect(malformed.status).toBe(400)
    expect(malformed.errors.from).toMatch(/^Write the old address as a path of this site/)
    expect(malformed.errors.to).toMatch(/^Write the new address as a path of this site/)
  })

  test('messages follow the admin language', async () => {
    const response = await rest(payload, '/redirects', {
      method: 'POST',
      body: { from: '/fi/d/', to: '/fi/d/' },
      token,
      headers: { 'Accept-Language': 'sv' },
    })
    expect(fieldErrors(response.body).to).toBe('En omdirigering kan inte leda till sin egen adress (/fi/d/).')
  })

  test('the public reads redirects but cannot write them', async () => {
    expect((await rest(payload, '/redirects')).status).toBe(200)
    const anonymous = await rest(payload, '/redirects', { method: 'POST', body: { from: '/fi/e/', to: '/fi/f/' } })
    expect(anonymous.status).toBe(403)
  })
})
