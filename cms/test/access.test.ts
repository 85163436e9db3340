import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

let payload: Payload
let editorToken: string
let translatorToken: string
let publicContactId: number | string
let privateContactId: number | string
let publishedNetworkId: number | string

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, 'admin@example.org', ['admin'])
  const editor = await createUser(payload, 'editor@example.org', ['editor'])
  const translator = await createUser(payload, 'translator@example.org', ['translator'])
  editorToken = await login(payload, 'editor@example.org', editor.password)
  translatorToken = await login(payload, 'translator@example.org', translator.password)

  const chair = await payload.create({
    collection: 'contacts',
    data: { name: 'Public Chair', publishable: true, _status: 'published' },
  })
  const privatePerson = await payload.create({
    collection: 'contacts',
    data: { name: 'Private Person', phone: '050 433 1590', publishable: false, _status: 'published' },
  })
  publicContactId = chair.id
  privateContactId = privatePerson.id
  const network = await payload.create({
    collection: 'regional-networks',
    locale: 'fi',
    data: {
      name: 'KaMuT',
      region: 'southern-finland',
      chairs: [chair.id],
      contactPersons: [privatePerson.id],
      _status: 'published',
    },
  })
  publishedNetworkId = network.id
  await payload.create({
    collection: 'regional-networks',
    locale: 'fi',
    data: { name: 'Luonnosverkosto', region: 'oulu-area', _status: 'draft' },
    draft: true,
  })
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('the public (anonymous REST)', () => {
  test('sees published networks only, also when asking for drafts', async () => {
    const published = await rest(payload, '/regional-networks', { query: { locale: 'fi', depth: 1 } })
    expect(published.status).toBe(200)
    expect(published.body.docs.map((doc: { name: string }) => doc.name)).toEqual(['KaMuT'])

    const drafts = await rest(payload, '/regional-networks', { query: { locale: 'fi', draft: true } })
    expect(drafts.body.docs.map((doc: { name: string }) => doc.name)).not.toContain('Luonnosverkosto')
  })

  test('does not see a published document whose newer version is a draft', async () => {
    await payload.update({
      collection: 'regional-networks',
      id: publishedNetworkId,
      locale: 'fi',
      draft: true,
      data: { name: 'KaMuT (luonnos)' },
    })
    const response = await rest(payload, `/regional-networks/${publishedNetworkId}`, { query: { locale: 'fi' } })
    expect(response.body.name).toBe('KaMuT')
    const asEditor = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      query: { locale: 'fi', draft: true },
      token: editorToken,
    })
    expect(asEditor.body.name).toBe('KaMuT (luonnos)')
  })

  test('never sees users', async () => {
    const response = await rest(payload, '/users')
    expect(response.status).toBe(403)
    const one = await rest(payload, '/users/1')
    expect([403, 404]).toContain(one.status)
    expect(JSON.stringify(one.body)).not.toContain('@example.org')
  })

  test('sees publishable contacts only, directly and when populated through a network', async () => {
    const contacts = await rest(payload, '/contacts')
    expect(contacts.body.docs.map((doc: { name: string }) => doc.name)).toEqual(['Public Chair'])
    expect((await rest(payload, `/contacts/${privateContactId}`)).status).toBe(404)

    const network = await rest(payload, `/regional-networks/${publishedNetworkId}`, { query: { depth: 1 } })
    expect(network.body.chairs[0]).toMatchObject({ id: publicContactId, name: 'Public Chair' })
    expect(JSON.stringify(network.body)).not.toContain('Private Person')
    expect(JSON.stringify(network.body)).not.toContain('433 1590')
  })

  test('cannot create, update or delete anything', async () => {
    const create = await rest(payload, '/regional-networks', {
      method: 'POST',
      body: { name: 'Hack', region: 'oulu-area' },
    })
    expect(create.status).toBe(403)
    const update = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      method: 'PATCH',
      body: { name: 'Hacked' },
    })
    expect(update.status).toBe(403)
    const remove = await rest(payload, `/regional-networks/${publishedNetworkId}`, { method: 'DELETE' })
    expect(remove.status).toBe(403)
    const settings = await rest(payload, '/site-settings', { method: 'POST', body: { organisation: { name: 'x' } } })
    expect(settings.status).toBe(403)
  })

  test('cannot read version history', async () => {
    const versions = await rest(payload, '/regional-networks/versions')
    expect(versions.status).toBe(403)
  })
})

describe('staff roles', () => {
  test('an editor creates and publishes; the public sees it only once published', async () => {
    const draft = await rest(payload, '/regional-networks', {
      method: 'POST',
      query: { locale: 'fi', draft: true },
      body: { name: 'MeVe', region: 'southwest-finland', _status: 'draft' },
      token: editorToken,
    })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    expect((await rest(payload, `/regional-networks/${id}`)).status).toBe(404)

    const published = await rest(payload, `/regional-networks/${id}`, {
      method: 'PATCH',
      query: { locale: 'fi' },
      body: { _status: 'published' },
      token: editorToken,
    })
    expect(published.status).toBe(200)
    expect((await rest(payload, `/regional-networks/${id}`)).body.name).toBe('MeVe')
  })

  test('an editor cannot manage users or give themselves a role', async () => {
    const create = await rest(payload, '/users', {
      method: 'POST',
      body: { email: 'new@example.org', password: 'long-enough-password', roles: ['admin'] },
      token: editorToken,
    })
    expect(create.status).toBe(403)
    const me = await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } })
    const selfPromotion = await rest(payload, `/users/${me.docs[0]?.id}`, {
      method: 'PATCH',
      body: { roles: ['admin'] },
      token: editorToken,
    })
    expect(selfPromotion.body.doc?.roles ?? me.docs[0]?.roles).toEqual(['editor'])
    const after = await payload.findByID({ collection: 'users', id: me.docs[0]!.id })
    expect(after.roles).toEqual(['editor'])
  })

  test('a translator edits a translation but not the default locale, shared fields or new documents', async () => {
    const swedish = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      method: 'PATCH',
      query: { locale: 'sv', draft: true },
      body: { acronymMeaning: 'Alla med i verksamheten', translatedLocales: ['sv'] },
      token: translatorToken,
    })
    expect(swedish.status).toBe(200)

    const finnish = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      method: 'PATCH',
      query: { locale: 'fi', draft: true },
      body: { acronymMeaning: 'Muutettu' },
      token: translatorToken,
    })
    expect(finnish.status).toBe(403)
    // In the admin's default language, Finnish.
    expect(finnish.body.errors[0].message).toContain('Kääntäjät muokkaavat vain käännöksiä')

    const region = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      method: 'PATCH',
      query: { locale: 'sv', draft: true },
      body: { region: 'oulu-area' },
      token: translatorToken,
    })
    expect(region.status).toBe(403)
    expect(region.body.errors[0].message).toContain('"region"')

    const create = await rest(payload, '/regional-networks', {
      method: 'POST',
      query: { locale: 'sv' },
      body: { name: 'Nytt', region: 'oulu-area' },
      token: translatorToken,
    })
    expect(create.status).toBe(403)

    const stored = await payload.findByID({
      collection: 'regional-networks',
      id: publishedNetworkId,
      draft: true,
      locale: 'fi',
    })
    expect(stored.region).toBe('southern-finland')
  })
})

describe('a translator in the admin', () => {
  test('saves the whole Swedish form as the admin sends it, with only the translation changed', async () => {
    const loaded = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      query: { locale: 'sv', 'fallback-locale': 'none', draft: true, depth: 0 },
      token: translatorToken,
    })
    const { id: _id, createdAt: _c, updatedAt: _u, ...form } = loaded.body
    const saved = await rest(payload, `/regional-networks/${publishedNetworkId}`, {
      method: 'PATCH',
      query: { locale: 'sv', draft: true },
      body: { ...form, name: 'KaMuT på svenska', translatedLocales: [...(form.translatedLocales ?? []), 'sv'] },
      token: translatorToken,
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc.name).toBe('KaMuT på svenska')
  })
})

describe('login', () => {
  test('repeated failed logins lock the account, even for the right password', async () => {
    const { password } = await createUser(payload, 'locked@example.org', ['editor'])
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await rest(payload, '/users/login', {
        method: 'POST',
        body: { email: 'locked@example.org', password: 'wrong-password' },
      })
      expect(failed.status).toBe(401)
    }
    const locked = await rest(payload, '/users/login', {
      method: 'POST',
      body: { email: 'locked@example.org', password },
    })
    expect(locked.status).not.toBe(200)
    // Payload's own message, in the admin's default language (Finnish).
    expect(JSON.stringify(locked.body)).toContain('Käyttäjä on lukittu')
  })
})
