import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { organisationSlugFor } from '../intoOneOrganisation'

/**
 * The MongoDB twin of ../sqlite/20261202_070524_organisations.ts: documents saved before
 * organisations existed become the one organisation's, named after the site settings, and the
 * site-settings global becomes that organisation's site-settings document with its versions.
 * MongoDB needs no schema change for it. Not run here (no MongoDB server in this environment).
 */
const contentCollections = [
  'regional-networks',
  'contacts',
  'international-partners',
  'action-plans',
  'action-plan-targets',
  'pages',
  'media',
] as const

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const db = payload.db
  const counts = await Promise.all(
    contentCollections.map((slug) => db.collections[slug]!.countDocuments({}, { session })),
  )
  const global = (await db.globals.findOne({ globalType: 'site-settings' }, undefined, { session }).lean()) as
    | (Record<string, unknown> & { organisation?: { name?: Record<string, string> | string } })
    | null
  if (counts.every((count) => count === 0) && !global) return
  if ((await db.collections.organisations!.countDocuments({}, { session })) > 0) return
  const names = global?.organisation?.name
  const name = (typeof names === 'string' ? names : (names?.fi ?? Object.values(names ?? {})[0])) || 'Organisation'
  const now = new Date()
  const [organisation] = await db.collections.organisations!.create(
    [{ name, slug: organisationSlugFor(name), createdAt: now, updatedAt: now }],
    { session },
  )
  const tenant = organisation!._id
  for (const slug of contentCollections) {
    await db.collections[slug]!.updateMany({}, { $set: { tenant } }, { session })
    await db.versions[slug]?.updateMany({}, { $set: { 'version.tenant': tenant } }, { session })
  }
  if (!global) return
  const { _id, globalType, ...settings } = global
  const [document] = await db.collections['site-settings']!.create([{ ...settings, tenant }], { session })
  await db.versions['site-settings']?.updateMany(
    {},
    { $set: { parent: document!._id, 'version.tenant': tenant } },
    { session },
  )
  await db.globals.deleteOne({ globalType: 'site-settings' }, { session })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  throw new Error('Going back from organisations is not supported: restore the backup taken before the upgrade')
}
