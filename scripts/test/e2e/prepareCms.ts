/**
 * Fills a new CMS database for the end-to-end tests, through the Local API in one start of
 * Payload: the seed, an admin and an editor, a Swedish translation of one network (the seed's
 * networks are English only, so /sv/ would have no network page to change), and the webhook
 * target of the rebuild service (fixtureContent.ts says what). Run by system.ts in a child tsx
 * process, before the CMS starts; ends by printing the ids it made as one `prepared: {…}` line.
 *
 * Env: DATA_DIR (the database), REBUILD_WEBHOOK_URL and REBUILD_WEBHOOK_SECRET (the rebuild service).
 */
process.env.JOBS_AUTORUN = 'false'

export {}

const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { richTextFromParagraphs } = await import('@union/shared/richText/fromText')
const { seed } = await import('../../seed/index')
const { linkRebuildService } = await import('../../lib/rebuildWebhookTarget')
const { fixtureContent, preparedPrefix } = await import('./fixtureContent')

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`prepareCms: set ${name}`)
  return value
}

const payload = await getPayload({ config })
let failed = false
try {
  await seed(payload)
  const { admin, editor, network: wanted } = fixtureContent
  // The first user is made an admin whatever it asks for, so the admin comes first.
  await payload.create({ collection: 'users', data: { ...admin, roles: ['admin'] } })
  // The seed holds four organisations; these tests publish JHL's networks, on JHL's site.
  const { docs: organisations } = await payload.find({
    collection: 'organisations',
    where: { slug: { equals: 'jhl' } },
  })
  const jhl = organisations[0]
  if (!jhl) throw new Error('prepareCms: the seed made no organisation "jhl"')
  await payload.create({
    collection: 'users',
    data: { ...editor, roles: ['editor'], organisations: [{ organisation: jhl.id }] },
  })

  const { docs } = await payload.find({
    collection: 'regional-networks',
    where: { slug: { equals: wanted.slug } },
    locale: 'en',
    limit: 1,
  })
  const network = docs[0]
  if (!network)
    throw new Error(`prepareCms: the seed made no regional network "${wanted.slug}" (did source 001 change?)`)
  // Before the webhook target exists, so this publish queues no webhook: the first build covers it.
  await payload.update({
    collection: 'regional-networks',
    id: network.id,
    locale: 'sv',
    data: {
      name: wanted.swedishName,
      description: richTextFromParagraphs([wanted.swedishDescription]),
      translatedLocales: [...(network.translatedLocales ?? []), 'sv'],
      _status: 'published',
    },
  })
  await linkRebuildService(payload, required('REBUILD_WEBHOOK_URL'), required('REBUILD_WEBHOOK_SECRET'), jhl)
  console.log(`${preparedPrefix}${JSON.stringify({ networkId: network.id })}`)
} catch (error) {
  failed = true
  console.error('prepareCms failed:', error)
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
