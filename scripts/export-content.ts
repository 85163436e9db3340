import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fetchContent } from '../site/src/loader/fetchContent'
import { collectMedia, fetchOriginal } from '../site/src/loader/mediaFiles'
import { snapshotMediaFolder } from '../site/src/loader/snapshot'

/**
 * Writes a content snapshot: every published document in every locale as the REST API returns it
 * (content.json) and the original of every image it uses (media/). The site builds from it with
 * CONTENT_SNAPSHOT=<dir>/content.json, without a running CMS.
 *
 * Usage: CMS_URL=http://localhost:3000 tsx scripts/export-content.ts [--out content-snapshot]
 */
const { values } = parseArgs({ options: { out: { type: 'string', default: 'content-snapshot' } } })
const outDir = resolve(values.out)
const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

const snapshot = await fetchContent(cmsUrl)
await mkdir(join(outDir, snapshotMediaFolder), { recursive: true })
// The site settings hold the logo, which the site's icons are made from.
const media = collectMedia([snapshot.collections, snapshot.siteSettings])
for (const item of media.values())
  await writeFile(join(outDir, snapshotMediaFolder, item.filename), await fetchOriginal(item, cmsUrl))
await writeFile(join(outDir, 'content.json'), `${JSON.stringify(snapshot, null, 1)}\n`)
const documents = Object.values(snapshot.collections).reduce(
  (sum, perLocale) => sum + Object.values(perLocale).flat().length,
  0,
)
console.log(
  `export-content: ${documents} documents (all locales) and ${media.size} images from ${cmsUrl} → ${join(outDir, 'content.json')}`,
)
