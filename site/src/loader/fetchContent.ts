import { type PublishedCollectionSlug, publishedCollectionSchemas } from '@union/content-schemas'
import { collectionSlugs, organisationField } from '@union/shared/collections'
import { defaultLocale, type LocaleCode, localeCodes } from '@union/shared/locales'
import { previewAuthorization, siteOrganisation } from '../siteEnv'
import { asPublishedDraft } from './previewDraft'
import type { ContentSnapshot } from './snapshot'

/** How the site reads the CMS: published documents only, one relationship level resolved. */
const readParameters = 'depth=1&draft=false'
/** How a preview reads the document it previews: its newest draft, as the editor may read it. */
const draftParameters = 'depth=1&draft=true'
const pageSize = 100

/** Every published document of every collection, in every locale, of the site's organisation, from Payload's REST API. */
export async function fetchContent(cmsUrl: string): Promise<ContentSnapshot> {
  const ofOrganisation = await organisationFilter(cmsUrl)
  const slugs = Object.keys(publishedCollectionSchemas) as PublishedCollectionSlug[]
  const collections = Object.fromEntries(
    await Promise.all(
      slugs.map(async (slug) => {
        const perLocale = await Promise.all(
          localeCodes.map(async (locale) => [locale, await fetchAll(cmsUrl, slug, locale, ofOrganisation)]),
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
    redirects: await fetchRedirects(cmsUrl),
  }
}

/** The organisation's redirects: not localized, so one locale's answer is all of them. */
export async function fetchRedirects(cmsUrl: string): Promise<unknown[]> {
  return fetchAll(cmsUrl, collectionSlugs.redirects, defaultLocale, await organisationFilter(cmsUrl))
}

/** The organisation's site settings in every locale (none where they are not published). */
export async function fetchSiteSettings(cmsUrl: string): Promise<ContentSnapshot['siteSettings']> {
  const ofOrganisation = await organisationFilter(cmsUrl)
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) => {
      const url = `${cmsUrl}/api/${collectionSlugs.siteSettings}?locale=${locale}&${readParameters}${ofOrganisation}&limit=1&sort=id`
      const body = (await getJson(url)) as { docs?: unknown[] }
      if (!Array.isArray(body.docs)) throw new Error(`CMS answered site-settings (${locale}) without a docs list`)
      return [locale, body.docs[0]] as const
    }),
  )
  return Object.fromEntries(perLocale.filter(([, settings]) => settings !== undefined))
}

type Organisation = { id: number | string; slug: string; name: string }

const filters = new Map<string, Promise<string>>()

/**
 * The query that keeps every read to the site's organisation (SITE_ORGANISATION, its slug):
 * `&where[tenant][equals]=<id>`. A CMS holding a single organisation needs no SITE_ORGANISATION;
 * one holding several refuses to guess.
 */
export function organisationFilter(cmsUrl: string): Promise<string> {
  let filter = filters.get(cmsUrl)
  if (!filter) {
    filter = findOrganisation(cmsUrl).then((organisation) =>
      organisation ? `&where[${organisationField}][equals]=${encodeURIComponent(String(organisation.id))}` : '',
    )
    filters.set(cmsUrl, filter)
  }
  return filter
}

async function findOrganisation(cmsUrl: string): Promise<Organisation | undefined> {
  const body = (await getJson(`${cmsUrl}/api/${collectionSlugs.organisations}?depth=0&limit=1000&sort=id`)) as {
    docs?: Organisation[]
  }
  const organisations = body.docs ?? []
  const slugs = organisations.map((organisation) => organisation.slug).join(', ') || 'none'
  if (siteOrganisation) {
    const found = organisations.find((organisation) => organisation.slug === siteOrganisation)
    if (!found)
      throw new Error(
        `SITE_ORGANISATION is "${siteOrganisation}", but the CMS has no such organisation (it has: ${slugs})`,
      )
    return found
  }
  if (organisations.length > 1)
    throw new Error(
      `The CMS holds several organisations (${slugs}): set SITE_ORGANISATION to the one whose site to build`,
    )
  return organisations[0]
}

/**
 * Only the named documents of one collection, in every locale, as a snapshot of just them. A
 * document missing from the answer is no longer public (unpublished or deleted). In a preview
 * (SITE_PREVIEW_AUTHORIZATION) they are the drafts, read with the editor's credential.
 */
export async function fetchDocuments(
  cmsUrl: string,
  slug: PublishedCollectionSlug,
  ids: number[],
): Promise<ContentSnapshot['collections'][PublishedCollectionSlug]> {
  const where = `where[id][in]=${ids.join(',')}${await organisationFilter(cmsUrl)}`
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) => {
      const parameters = previewAuthorization ? draftParameters : readParameters
      const url = `${cmsUrl}/api/${slug}?locale=${locale}&${parameters}&${where}&limit=${ids.length}&sort=id`
      const body = (await getJson(url, previewAuthorization)) as { docs?: unknown[] }
      if (!Array.isArray(body.docs)) throw new Error(`CMS answered ${slug} (${locale}) ${ids} without a docs list`)
      return [locale, previewAuthorization ? body.docs.map(asPublishedDraft) : body.docs]
    }),
  )
  return Object.fromEntries(perLocale)
}

async function fetchAll(cmsUrl: string, slug: string, locale: LocaleCode, filter: string): Promise<unknown[]> {
  const docs: unknown[] = []
  for (let page = 1; ; page++) {
    const body = (await getJson(
      `${cmsUrl}/api/${slug}?locale=${locale}&${readParameters}&limit=${pageSize}&page=${page}&sort=id${filter}`,
    )) as {
      docs?: unknown[]
      hasNextPage?: boolean
    }
    if (!Array.isArray(body.docs)) throw new Error(`CMS answered ${slug} (${locale}) page ${page} without a docs list`)
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

async function getJson(url: string, authorization?: string): Promise<unknown> {
  let response: Response
  try {
    // Past the CMS's cache of public answers: a build after a publish must see what was just committed.
    const headers: Record<string, string> = { 'Cache-Control': 'no-cache' }
    if (authorization) headers.Authorization = authorization
    response = await fetch(url, { headers })
  } catch (error) {
    throw new Error(
      `Could not reach the CMS at ${new URL(url).origin} (${(error as Error).message}). Start it, set CMS_URL, or build from a snapshot with CONTENT_SNAPSHOT=path/to/content.json`,
    )
  }
  if (!response.ok) throw new Error(`CMS request failed: GET ${url} → ${response.status} ${response.statusText}`)
  return response.json()
}
