import { fileURLToPath } from 'node:url'
import type { PublishedCollectionSlug } from '@union/content-schemas'
import type { Loader, LoaderContext } from 'astro/loaders'
import { cmsUrl, contentSnapshot } from '../siteEnv'
import { coverageTable } from './coverage'
import { fetchContent } from './fetchContent'
import { collectMedia, syncMediaFiles } from './mediaFiles'
import { readSnapshot } from './readSnapshot'
import { type ValidatedContent, validateContent } from './validateContent'

/** Where the image originals go; pages pick them up with import.meta.glob('/cms-media/*'). */
export const mediaFolderName = 'cms-media'

let content: Promise<ValidatedContent> | undefined

/** Fetched (or read), validated and reported once per build, however many collections ask. */
function loadContent({ logger, config }: LoaderContext): Promise<ValidatedContent> {
  content ??= (async () => {
    const snapshot = contentSnapshot ? await readSnapshot(contentSnapshot) : await fetchContent(cmsUrl)
    logger.info(contentSnapshot ? `content from snapshot ${contentSnapshot}` : `content from ${cmsUrl}`)
    const validated = validateContent(snapshot)
    console.log(coverageTable(validated.availability))
    const media = collectMedia(validated)
    const folder = fileURLToPath(new URL(`${mediaFolderName}/`, config.root))
    const fetched = await syncMediaFiles(media.values(), folder, { cmsUrl, snapshotPath: contentSnapshot })
    logger.info(`${media.size} images (${fetched} new or changed)`)
    return validated
  })()
  return content
}

/** One Astro collection per CMS collection; an entry is a document in one of its translated locales. */
export function cmsCollectionLoader(collection: PublishedCollectionSlug): Loader {
  return {
    name: `cms:${collection}`,
    async load(context) {
      const { collections } = await loadContent(context)
      context.store.clear()
      for (const entry of collections[collection]) {
        const data = entry as unknown as Record<string, unknown>
        context.store.set({
          id: `${entry.locale}/${(entry.doc as { id: number }).id}`,
          data,
          digest: context.generateDigest(data),
        })
      }
    },
  }
}

/** The site settings in each locale, keyed by locale code. */
export function siteSettingsLoader(): Loader {
  return {
    name: 'cms:site-settings',
    async load(context) {
      const { siteSettings } = await loadContent(context)
      context.store.clear()
      for (const [locale, doc] of Object.entries(siteSettings)) {
        const data = { locale, doc } as Record<string, unknown>
        context.store.set({ id: locale, data, digest: context.generateDigest(data) })
      }
    },
  }
}
