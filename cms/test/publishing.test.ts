import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { createUser, login, rest } from './rest'

let payload: Payload
let editorToken: string
let editorId: number

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, 'admin@example.org', ['admin'])
  const editor = await createUser(payload, 'editor@example.org', ['editor'])
  editorId = editor.user.id
  editorToken = await login(payload, 'editor@example.org', editor.password)
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('drafts and versions', () => {
  test('every save is a version staff can read back', async () => {
    const created = await rest(payload, '/international-partners', {
      method: 'POST',
      query: { locale: 'fi', draft: true },
      body: { name: 'Finnwatch', kind: 'ngo', scope: 'national', relationship: 'support', _status: 'draft' },
      token: editorToken,
    })
    const id = created.body.doc.id
    await rest(payload, `/international-partners/${id}`, {
      method: 'PATCH',
      query: { locale: 'fi' },
      body: { _status: 'published' },
      token: editorToken,
    })
    const versions = await rest(payload, '/international-partners/versions', {
      query: { 'where[parent][equals]': id, sort: 'createdAt' },
      token: editorToken,
    })
    expect(versions.status).toBe(200)
    expect(versions.body.docs.map((version: { version: { _status: string } }) => version.version._status)).toEqual([
      'draft',
      'published',
    ])
  })
})

describe('scheduled publishing', () => {
  test('a draft scheduled by an editor goes public when its time comes, not before', async () => {
    const draft = await payload.create({
      collection: 'pages',
      locale: 'fi',
      draft: true,
      data: { title: 'Tuleva sivu', _status: 'draft' },
    })
    const publishAt = new Date(Date.now() + 1500)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: {
        type: 'publish',
        doc: { relationTo: 'pages', value: draft.id },
        user: { relationTo: 'users', value: editorId },
      },
    })

    await payload.jobs.run({ allQueues: true })
    expect((await rest(payload, `/pages/${draft.id}`)).status).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100))
    await payload.jobs.run({ allQueues: true })
    const page = await rest(payload, `/pages/${draft.id}`, { query: { locale: 'fi' } })
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ title: 'Tuleva sivu', _status: 'published' })
  })
})

describe('translation status', () => {
  test('the site can ask for the documents translated into a locale', async () => {
    const make = (name: string, translatedLocales: ('fi' | 'sv' | 'en')[]) =>
      payload.create({
        collection: 'regional-networks',
        locale: 'fi',
        data: { name, region: 'oulu-area', translatedLocales, _status: 'published' },
      })
    await make('Vain suomeksi', ['fi'])
    await make('Myös ruotsiksi', ['fi', 'sv'])
    const swedish = await rest(payload, '/regional-networks', {
      query: { locale: 'sv', depth: 1, 'where[translatedLocales][in]': 'sv' },
    })
    expect(swedish.body.docs.map((doc: { name: string }) => doc.name)).toEqual(['Myös ruotsiksi'])
  })
})
