import { type PublishedCollectionSlug, publishedCollectionSchemas } from '@union/content-schemas'
import { globalSlugs } from '@union/shared/collections'
import { type LocaleCode, localeCodes } from '@union/shared/locales'
import type { ContentSnapshot } from './snapshot'

/** How the site reads the CMS: published documents only, one relationship level resolved. */
const readParameters = 'depth=1&draft=false'
const pageSize = 100

/** Every published document of every collection, in every locale, from Payload's REST API. */
export async function fetchContent(cmsUrl: string): Promise<ContentSnapshot> {
  const slugs = Object.keys(publishedCollectionSchemas) as PublishedCollectionSlug[]
  const collections = Object.fromEntries(
    await Promise.all(
      slugs.map(async (slug) => {
        const perLocale = await Promise.all(
          localeCodes.map(async (locale) => [locale, await fetchAll(cmsUrl, slug, locale)]),
        )
        return [slug, Object.fromEntries(perLocale)]
      }),
    ),
  ) as ContentSnapshot['collections']
  return {
    source: cmsUrl,
    fetchedAt: new Date().toISOString(),
    collections,
    siteSettings: await fetchSiteSettings(cmsUrl),
  }
}

/** The site settings global in every locale. */
export async function fetchSiteSettings(cmsUrl: string): Promise<ContentSnapshot['siteSettings']> {
  return Object.fromEntries(
    await Promise.all(
      localeCodes.map(async (locale) => [
        locale,
        await getJson(`${cmsUrl}/api/globals/${globalSlugs.siteSettings}?locale=${locale}&${readParameters}`),
      ]),
    ),
  )
}

/**
 * Only the named documents of one collection, in every locale, as a snapshot of just them. A
 * document missing from the answer is no longer public (unpublished or deleted).
 */
export async function fetchDocuments(
  cmsUrl: string,
  slug: PublishedCollectionSlug,
  ids: number[],
): Promise<ContentSnapshot['collections'][PublishedCollectionSlug]> {
  const where = `where[id][in]=${ids.join(',')}`
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) => {
      const url = `${cmsUrl}/api/${slug}?locale=${locale}&${readParameters}&${where}&limit=${ids.length}&sort=id`
      const body = (await getJson(url)) as { docs?: unknown[] }
      if (!Array.isArray(body.docs)) throw new Error(`CMS answered ${slug} (${locale}) ${ids} without a docs list`)
      return [locale, body.docs]
    }),
  )
  return Object.fromEntries(perLocale)
}

async function fetchAll(cmsUrl: string, slug: string, locale: LocaleCode): Promise<unknown[]> {
  const docs: unknown[] = []
  for (let page = 1; ; page++) {
    const body = (await getJson(
      `${cmsUrl}/api/${slug}?locale=${locale}&${readParameters}&limit=${pageSize}&page=${page}&sort=id`,
    )) as {
      docs?: unknown[]
      hasNextPage?: boolean
    }
    if (!Array.isArray(body.docs)) throw new Error(`CMS answered ${slug} (${locale}) page ${page} without a docs list`)
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

async function getJson(url: string): Promise<unknown> {
  let response: Response
  try {
    // Past the CMS's cache of public answers: a build after a publish must see what was just committed.
    response = await fetch(url, { headers: { 'Cache-Control': 'no-cache' } })
  } catch (error) {
    throw new Error(
      `Could not reach the CMS at ${new URL(url).origin} (${(error as Error).message}). Start it, set CMS_URL, or build from a snapshot with CONTENT_SNAPSHOT=path/to/content.json`,
    )
  }
  if (!response.ok) throw new Error(`CMS request failed: GET ${url} → ${response.status} ${response.statusText}`)
  return response.json()
}
