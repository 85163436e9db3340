/**
 * A running CMS for the backup round trip: a process of its own with a Payload on the SQLite file
 * in DATA_DIR, holding the database open as `next start` does, until it is killed. The test asks it
 * over IPC to seed, to report the content, and to change it.
 */
import { getPayload, type Payload } from 'payload'
import { seed } from '../../seed/index'

export type CmsRequest = 'seed' | 'state' | 'change'
export type CmsState = { tables: Record<string, Row[]>; content: Record<string, unknown> }
type Row = Record<string, unknown>
type SqliteClient = { execute: (sql: string) => Promise<{ columns: string[]; rows: Record<number, unknown>[] }> }

const { default: config } = await import('@union/cms/config')
const payload = await getPayload({ config })

const handlers: Record<CmsRequest, () => Promise<unknown>> = {
  seed: () => seedWithMedia(payload),
  state: async () => ({ tables: await tablesOf(payload), content: await contentOf(payload) }) satisfies CmsState,
  change: () => changeContent(payload),
}

process.on('message', async (request: CmsRequest) => {
  try {
    process.send?.({ ok: true, result: await handlers[request]() })
  } catch (error) {
    process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
process.send?.({ ok: true, result: 'ready' })

/** The project seed, and two uploaded images (each resized by sharp) with alt text in two locales. */
async function seedWithMedia(of: Payload) {
  await seed(of)
  const tenant = await jhl(of)
  // Payload types its sharp with an input first; sharp also takes a blank image's options alone.
  type Blank = { create: { width: number; height: number; channels: 3; background: string } }
  const blankImage = of.config.sharp as unknown as (options: Blank) => ReturnType<NonNullable<typeof of.config.sharp>>
  for (const [name, background] of [
    ['banner.png', '#b00020'],
    ['poster.png', '#005a9c'],
  ] as const) {
    const data = await blankImage({ create: { width: 1200, height: 800, channels: 3, background } })
      .png()
      .toBuffer()
    const media = await of.create({
      collection: 'media',
      locale: 'fi',
      data: { alt: `Kuva ${name}`, tenant },
      file: { data, mimetype: 'image/png', name, size: data.length },
    })
    await of.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: `Image ${name}` } })
  }
}

/** A published change, a new draft in another locale, a deleted page, a deleted image, a new contact. */
async function changeContent(of: Payload) {
  const network = (await of.find({ collection: 'regional-networks', locale: 'fi', limit: 1, sort: 'id' })).docs[0]!
  await of.update({ collection: 'regional-networks', id: network.id, locale: 'fi', data: { name: 'Muutettu' } })
  await of.update({
    collection: 'regional-networks',
    id: network.id,
    locale: 'sv',
    draft: true,
    data: { name: 'Ändrat utkast' },
  })
  const page = (await of.find({ collection: 'pages', limit: 1, sort: 'id' })).docs[0]!
  await of.delete({ collection: 'pages', id: page.id })
  const poster = (await of.find({ collection: 'media', where: { filename: { equals: 'poster.webp' } } })).docs[0]!
  await of.delete({ collection: 'media', id: poster.id })
  await of.create({ collection: 'contacts', data: { name: 'Added After Backup', tenant: await jhl(of) } })
}

/** The seeded organisation the added documents belong to. */
async function jhl(of: Payload): Promise<number> {
  const { docs } = await of.find({ collection: 'organisations', where: { slug: { equals: 'jhl' } }, limit: 1 })
  return docs[0]!.id
}

/** Every row of every table, by column name, in storage order. */
async function tablesOf(of: Payload): Promise<Record<string, Row[]>> {
  const client = (of.db as unknown as { client: SqliteClient }).client
  const names = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const tables: Record<string, Row[]> = {}
  for (const name of names.rows.map((row) => String(row[0]))) {
    const { columns, rows } = await client.execute(`SELECT * FROM "${name}" ORDER BY rowid`)
    tables[name] = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])))
  }
  return tables
}

/** What the Local API reads: every collection in every locale, with all their versions. */
async function contentOf(of: Payload): Promise<Record<string, unknown>> {
  const read = { locale: 'all', depth: 0, overrideAccess: true, showHiddenFields: true } as const
  const content: Record<string, unknown> = {}
  for (const collection of of.config.collections) {
    const slug = collection.slug as 'pages'
    content[slug] = (await of.find({ ...read, collection: slug, pagination: false, sort: 'id' })).docs
    if (collection.versions) {
      content[`${slug} versions`] = (
        await of.findVersions({ ...read, collection: slug, pagination: false, sort: 'id' })
      ).docs
    }
  }
  return content
}
