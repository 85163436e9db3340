import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { type Media, mediaSchema } from '@union/content-schemas'
import { isUnreadRichText } from './contentFile'
import { snapshotMediaFolder } from './snapshot'

/**
 * The originals of every image the content uses, kept as local files so astro:assets can make
 * its responsive sizes from them (and cache those by content, whatever address the CMS has).
 */
export function mediaFileName(media: Pick<Media, 'id' | 'filename'>): string {
  return `${media.id}-${media.filename}`
}

/** Every media document inside the validated content (images arrive embedded at depth=1). */
export function collectMedia(value: unknown, found = new Map<number, Media>()): Map<number, Media> {
  if (Array.isArray(value)) for (const entry of value) collectMedia(entry, found)
  else if (value && typeof value === 'object') {
    const media = 'mimeType' in value && 'filename' in value ? mediaSchema.safeParse(value) : undefined
    if (media?.success) found.set(media.data.id, media.data)
    else {
      // Rich text an incremental build took unchanged from the previous one is not parsed for this:
      // its images were fetched by an earlier build, and no build removes them.
      for (const key of Object.keys(value)) {
        if (!isUnreadRichText(value, key)) collectMedia((value as Record<string, unknown>)[key], found)
      }
    }
  }
  return found
}

type Source = { cmsUrl: string; snapshotPath?: string }

export async function syncMediaFiles(
  media: Iterable<Media>,
  folder: string,
  source: Source,
  { removeStale }: { removeStale: boolean },
): Promise<number> {
  await mkdir(folder, { recursive: true })
  const wanted = new Set<string>()
  let fetched = 0
  for (const item of media) {
    const name = mediaFileName(item)
    wanted.add(name)
    const target = join(folder, name)
    if (await isCurrent(target, item)) continue
    await writeOriginal(item, target, source)
    fetched++
  }
  if (!removeStale) return fetched
  for (const stale of (await readdir(folder)).filter((name) => !wanted.has(name))) await rm(join(folder, stale))
  return fetched
}

async function isCurrent(path: string, media: Media): Promise<boolean> {
  if (!existsSync(path)) return false
  return media.filesize == null || (await stat(path)).size === media.filesize
}

async function writeOriginal(media: Media, target: string, { cmsUrl, snapshotPath }: Source): Promise<void> {
  const copied = snapshotPath ? join(dirname(snapshotPath), snapshotMediaFolder, media.filename) : undefined
  if (copied && existsSync(copied)) return copyFile(copied, target)
  await writeFile(target, await fetchOriginal(media, cmsUrl))
}

/** The uploaded original from the CMS. */
export async function fetchOriginal(media: Media, cmsUrl: string): Promise<Buffer> {
  // The stored URL carries the CMS's own SERVER_URL; only its path is meaningful here.
  const url = new URL(new URL(media.url, cmsUrl).pathname, `${cmsUrl}/`)
  const response = await fetch(url).catch((error: Error) => {
    throw new Error(
      `Image for media ${media.id} (${media.filename}) could not be fetched from ${url}: ${error.message}`,
    )
  })
  if (!response.ok) throw new Error(`Image for media ${media.id} (${media.filename}): GET ${url} → ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}
