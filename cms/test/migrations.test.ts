import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { migrationDirs } from '../src/database'
import { migrateDatabase } from '../src/migrate'
import { migrations } from '../src/migrations/sqlite'

/**
 * The production start builds and upgrades the SQLite schema with the committed migrations only
 * (Payload's schema push is a development convenience). These tests hold the migrations to the
 * config and prove an upgrade keeps content.
 */

const started: Payload[] = []
afterEach(async () => {
  for (const payload of started.splice(0)) await payload.destroy()
})

const newDatabaseFile = () => join(mkdtempSync(join(tmpdir(), 'union-migrations-')), 'cms.db')

/**
 * A Payload on its own SQLite file. Like production it never pushes the schema itself, unless
 * `push` asks for what `npm start` (Payload's development mode) does.
 */
async function openDatabase(file = newDatabaseFile(), { push = false } = {}) {
  vi.stubEnv('DATABASE_URI', `file:${file}`)
  vi.stubEnv('PAYLOAD_MIGRATING', push ? '' : 'true')
  vi.resetModules()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config, key: randomUUID() })
  started.push(payload)
  return { payload, client: (payload.db as unknown as SQLiteAdapter).client }
}

describe.skipIf(process.env.MONGODB_URI)('SQLite migrations', () => {
  it('cover every schema change in the Payload config', async () => {
    const { payload } = await openDatabase()
    const adapter = payload.db as unknown as SQLiteAdapter
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    const latest = readdirSync(migrationDirs.sqlite)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, `no migration snapshot in ${migrationDirs.sqlite}`).toBeDefined()
    const committed = JSON.parse(readFileSync(join(migrationDirs.sqlite, latest as string), 'utf8'))
    const statements = await generateMigration(committed, await generateDrizzleJson(adapter.schema))
    expect(
      statements,
      'the config has schema changes that no migration covers: run `pnpm --filter @union/cms exec payload migrate:create <name>` and commit the files it writes',
    ).toEqual([])
  })

  it('build an empty database the CMS can use, and a second run changes nothing', async () => {
    const { payload } = await openDatabase()
    expect(await migrateDatabase(payload)).toEqual(migrations.map((migration) => migration.name))
    const organisation = await payload.create({ collection: 'organisations', data: { name: 'JHL', slug: 'jhl' } })
    const network = await payload.create({
      collection: 'regional-networks',
      data: { name: 'Oulun seudun maahanmuuttajaverkosto', region: 'oulu-area', tenant: organisation.id },
      locale: 'fi',
      overrideAccess: true,
    })
    expect(await migrateDatabase(payload)).toEqual([])
    const read = await payload.findByID({ collection: 'regional-networks', id: network.id, locale: 'fi', draft: true })
    expect(read.name).toBe('Oulun seudun maahanmuuttajaverkosto')
  })

  it('let a user named as responsible for documents be deleted: the documents keep their review, without the person', async () => {
    const { payload } = await openDatabase()
    await migrateDatabase(payload)
    const organisation = await payload.create({ collection: 'organisations', data: { name: 'JHL', slug: 'jhl' } })
    const user = await payload.create({
      collection: 'users',
      data: { email: 'vastuu@example.org', password: 'a long enough passphrase', name: 'Vastuu' } as never,
      overrideAccess: true,
    })
    const review = { lastReviewed: '2026-03-15T00:00:00.000Z', responsible: user.id }
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Jäsenille', slug: 'jasenille', tenant: organisation.id, review } as never,
      locale: 'fi',
      overrideAccess: true,
    })
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    const read = await payload.findByID({ collection: 'pages', id: page.id, draft: true, depth: 0 })
    expect(read.review).toMatchObject({ lastReviewed: review.lastReviewed, responsible: null })
  })

  it('upgrade a seeded database made by the first migration to the current schema, content intact', async () => {
    const { payload, client } = await openDatabase()
    await client.executeMultiple(readFileSync(join(import.meta.dirname, 'fixtures', 'first-migration.sql'), 'utf8'))
    // What the first migration's database holds, read in its own (frozen) schema before upgrading.
    const rows = async (query: string) => (await client.execute(query)).rows
    const before = {
      counts: Object.fromEntries(
        await Promise.all(
          Object.entries(tables).map(
            async ([slug, table]): Promise<[string, { documents: number; versions: number }]> => [
              slug,
              {
                documents: Number((await rows(`select count(*) as n from ${table}`))[0]?.n),
                versions: Number((await rows(`select count(*) as n from _${table}_v`))[0]?.n),
              },
            ],
          ),
        ),
      ),
      titles: await rows(
        `select 'pages' as collection, _parent_id as id, _locale as locale, title from pages_locales
         union all select 'regional-networks', _parent_id, _locale, name from regional_networks_locales
         union all select 'international-partners', _parent_id, _locale, name from international_partners_locales
         union all select 'action-plans', _parent_id, _locale, title from action_plans_locales
         union all select 'action-plan-targets', _parent_id, _locale, metric from action_plan_targets_locales`,
      ),
      organisation: await rows('select _locale as locale, organisation_name as name from site_settings_locales'),
    }
    expect(before.counts['regional-networks']?.documents).toBeGreaterThan(0)

    const applied = await migrateDatabase(payload)
    expect(applied).toEqual(migrations.slice(1).map((migration) => migration.name))

    for (const [slug, expected] of Object.entries(before.counts)) {
      const collection = slug as CollectionSlug
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs, slug).toBe(expected.documents)
      expect((await payload.countVersions({ collection, overrideAccess: true })).totalDocs, slug).toBe(
        expected.versions,
      )
    }
    for (const row of before.titles) {
      const collection = row.collection as CollectionSlug
      const doc = (await payload.findByID({
        collection,
        id: Number(row.id),
        locale: String(row.locale) as 'fi',
        fallbackLocale: false,
        draft: true,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      const field = collection === 'action-plan-targets' ? 'metric' : /pages|plans/.test(collection) ? 'title' : 'name'
      expect(doc[field] ?? null, `${collection} ${row.id} ${row.locale} ${field}`).toBe(row.title)
    }
    // The content of the one organisation the database held is now that organisation's, named after its settings.
    const { docs: organisations } = await payload.find({ collection: 'organisations', overrideAccess: true })
    expect(organisations.map(({ name, slug }) => ({ name, slug }))).toEqual([{ name: 'JHL', slug: 'jhl' }])
    const [organisation] = organisations
    for (const slug of Object.keys(before.counts)) {
      const collection = slug as CollectionSlug
      const elsewhere = { or: [{ tenant: { not_equals: organisation?.id } }, { tenant: { exists: false } }] }
      expect((await payload.count({ collection, where: elsewhere, overrideAccess: true })).totalDocs, slug).toBe(0)
    }
    const { docs: settings } = await payload.find({ collection: 'site-settings', overrideAccess: true, draft: true })
    expect(settings).toHaveLength(1)
    for (const row of before.organisation) {
      const localized = await payload.findByID({
        collection: 'site-settings',
        id: settings[0]!.id,
        locale: String(row.locale) as 'fi',
        fallbackLocale: false,
        draft: true,
        overrideAccess: true,
      })
      expect(localized.organisation?.name ?? null, `site-settings ${row.locale}`).toBe(row.name)
      expect(localized.tenant).toMatchObject({ id: organisation?.id })
    }
    const { totalDocs: settingsVersions } = await payload.countVersions({
      collection: 'site-settings',
      where: { parent: { equals: settings[0]!.id } },
      overrideAccess: true,
    })
    expect(settingsVersions).toBe(Number((await rows('select count(*) as n from _site_settings_v'))[0]?.n))
  })

  it('refuse a database whose schema the development start pushed, saying what to do', async () => {
    const file = newDatabaseFile()
    const pushed = await openDatabase(file, { push: true })
    await pushed.payload.destroy()
    started.splice(started.indexOf(pushed.payload), 1)
    const { payload } = await openDatabase(file)
    await expect(migrateDatabase(payload)).rejects.toThrow(/development start .* empty data folder/)
  })
})

/** Each content collection's main table; its versions live in `_<table>_v`. */
const tables = {
  'regional-networks': 'regional_networks',
  contacts: 'contacts',
  'international-partners': 'international_partners',
  'action-plans': 'action_plans',
  'action-plan-targets': 'action_plan_targets',
  pages: 'pages',
} as const
