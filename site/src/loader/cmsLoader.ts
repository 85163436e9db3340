import { fileURLToPath } from 'node:url'
import type { Loader, LoaderContext } from 'astro/loaders'
import { affectedRoutes } from '../lib/affectedRoutes'
import { buildStateDir, cmsUrl, contentSnapshot, previewAuthorization, previousStateDir, siteChanges } from '../siteEnv'
import { keepInProcess, readBuiltContent, writeAffectedRoutes, writeBuiltContent } from './buildState'
import { siteContentOf, updatedContent } from './changedContent'
import { coverageTable } from './coverage'
import { fetchContent } from './fetchContent'
import { collectMedia, syncMediaFiles } from './mediaFiles'
import { readSnapshot } from './readSnapshot'
import { staleDocuments, staleReport } from './staleDocuments'
import { type ValidatedContent, validateContent } from './validateContent'

/** Where the image originals go; pages pick them up with import.meta.glob('/cms-media/*'). */
export const mediaFolderName = 'cms-media'

/** Fetched (or read), validated, reported and written to `folder` for the pages to read. */
async function loadContent({ logger, config }: LoaderContext, folder: string): Promise<void> {
  const changed = await loadChangedContent(logger)
  const validated = changed ?? (await loadAllContent(logger))
  await writeBuiltContent(folder, validated)
  keepInProcess(folder, validated)
  console.log(coverageTable(validated.availability))
  console.log(staleReport(staleDocuments(validated)))
  const media = collectMedia(validated)
  const mediaFolder = fileURLToPath(new URL(`${mediaFolderName}/`, config.root))
  // Only a full build knows every image (an incremental one leaves unchanged rich text unread), and
  // a preview runs beside the live build on the same folder: neither removes files.
  const fetched = await syncMediaFiles(
    media.values(),
    mediaFolder,
    { cmsUrl, snapshotPath: contentSnapshot },
    { removeStale: !changed && !previewAuthorization },
  )
  logger.info(`${media.size} images (${fetched} new or changed)`)
}

async function loadAllContent(logger: LoaderContext['logger']): Promise<ValidatedContent> {
  const snapshot = contentSnapshot ? await readSnapshot(contentSnapshot) : await fetchContent(cmsUrl)
  logger.info(contentSnapshot ? `content from snapshot ${contentSnapshot}` : `content from ${cmsUrl}`)
  const published = validateContent(snapshot)
  if (!previewAuthorization || !siteChanges) return published
  // A preview built in full (no live build to start from) still shows the draft it previews.
  const withDrafts = await updatedContent(published, siteChanges, cmsUrl)
  logger.info(`preview: ${withDrafts.fetched} read as drafts`)
  return withDrafts.content
}

/**
 * An incremental build: the previous build's content with only the changed documents fetched, and
 * the pages they affect written down for the page routes to pick up. Undefined when there is no
 * previous content to start from.
 */
async function loadChangedContent(logger: LoaderContext['logger']): Promise<ValidatedContent | undefined> {
  if (!previousStateDir || !siteChanges || !buildStateDir) return undefined
  const previous = await readBuiltContent(previousStateDir)
  if (!previous) {
    logger.info(`no content from a previous build in ${previousStateDir}; fetching everything`)
    return undefined
  }
  const updated = await updatedContent(previous, siteChanges, cmsUrl)
  const affected = affectedRoutes(siteContentOf(previous), siteContentOf(updated.content), updated.changed)
  await writeAffectedRoutes(buildStateDir, affected)
  logger.info(
    `incremental: fetched ${updated.fetched} from ${cmsUrl}, reused the rest; ${
      affected.everything
        ? `every page is rendered, because ${affected.reason}`
        : `${affected.render.length} pages affected, ${affected.remove.length} removed`
    }`,
  )
  return updated.content
}

/**
 * The CMS content of the whole site. Astro's content store gets a single entry naming the folder
 * the validated content was written to, and the pages read it from there once per build
 * (src/queries/content.ts). Keeping the documents themselves out of Astro's store spares it
 * digesting, persisting and bundling them, which took about 50 s of a 10,000-document build, and
 * it is the same file the next incremental build starts from.
 */
export function cmsContentLoader(): Loader {
  return {
    name: 'cms',
    async load(context) {
      const folder = buildStateDir ?? fileURLToPath(new URL('node_modules/.astro/cms-content/', context.config.root))
      await loadContent(context, folder)
      const data = { folder, loadedAt: new Date().toISOString() }
      context.store.clear()
      context.store.set({ id: 'content', data, digest: context.generateDigest(data) })
    },
  }
}
