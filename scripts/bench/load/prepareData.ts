/**
 * Fills a new, migrated CMS database for the load benchmark through the Local API, in one start of
 * Payload: the seed, an admin (the first user) and the editors, then prints the published documents'
 * ids as one `prepared: {…}` line. Run by servers.ts in a child tsx process with DATA_DIR,
 * PAYLOAD_SECRET, PAYLOAD_MIGRATING=true (no schema push: the migrations built the schema) and
 * BENCH_EDITORS (how many editors).
 */
process.env.JOBS_AUTORUN = 'false'

export {}

const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { seed } = await import('../../seed/index')
const { benchUsers, preparedPrefix, readCollections } = await import('./fixture')

const payload = await getPayload({ config })
let failed = false
try {
  await seed(payload)
  const users = benchUsers(Number(process.env.BENCH_EDITORS ?? 5))
  // The first user is made an admin whatever it asks for, so the admin comes first.
  await payload.create({ collection: 'users', data: { ...users.admin, roles: ['admin'] } })
  // Editors of every seeded organisation, so each may edit whichever document the run picks.
  const { docs: organisations } = await payload.find({ collection: 'organisations', limit: 100, depth: 0 })
  const memberships = organisations.map((organisation) => ({ organisation: organisation.id }))
  for (const editor of users.editors)
    await payload.create({ collection: 'users', data: { ...editor, roles: ['editor'], organisations: memberships } })
  const ids: Record<string, number[]> = {}
  for (const collection of readCollections) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      limit: 1000,
      depth: 0,
      sort: 'id',
      select: {},
    })
    ids[collection] = docs.map((doc) => doc.id as number)
  }
  console.log(`${preparedPrefix}${JSON.stringify(ids)}`)
} catch (error) {
  failed = true
  console.error('prepareData failed:', error)
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
