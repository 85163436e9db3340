import type { LocaleCode } from './locales'

/**
 * The fixed words in the site's addresses, per locale: the one place they are named. The site
 * builds every link, hreflang, canonical and sitemap entry from here (site/src/lib/routes.ts), and
 * the CMS computes a renamed document's old address from here (its redirects).
 *
 * Plain ASCII on purpose: an address is typed, pasted and read aloud, and percent-encoded Cyrillic,
 * Arabic or Thai is none of that. Russian, Arabic and Thai are transliterated; Estonian, Somali and
 * Vietnamese are written without their diacritics.
 */
export type RouteSegments = {
  networks: string
  partners: string
  actionPlans: string
  search: string
  /** The folder of the site's own pages (accessibility statement, privacy notice). */
  site: string
  /** The site's own pages, by the name of their MDX file (src/legal/<locale>/<name>.mdx). */
  legal: Record<LegalPageName, string>
}

export const legalPageNames = ['accessibility', 'privacy'] as const
export type LegalPageName = (typeof legalPageNames)[number]

export const routeSegments: Record<LocaleCode, RouteSegments> = {
  fi: {
    networks: 'verkostot',
    partners: 'kumppanit',
    actionPlans: 'toimintasuunnitelmat',
    search: 'haku',
    site: 'sivusto',
    legal: { accessibility: 'saavutettavuus', privacy: 'tietosuoja' },
  },
  sv: {
    networks: 'natverk',
    partners: 'partner',
    actionPlans: 'handlingsplaner',
    search: 'sok',
    site: 'webbplatsen',
    legal: { accessibility: 'tillganglighet', privacy: 'dataskydd' },
  },
  en: {
    networks: 'networks',
    partners: 'partners',
    actionPlans: 'action-plans',
    search: 'search',
    site: 'site',
    legal: { accessibility: 'accessibility', privacy: 'privacy' },
  },
  et: {
    networks: 'vorgustikud',
    partners: 'partnerid',
    actionPlans: 'tegevuskavad',
    search: 'otsing',
    site: 'veebileht',
    legal: { accessibility: 'ligipaasetavus', privacy: 'privaatsus' },
  },
  ru: {
    networks: 'seti',
    partners: 'partnery',
    actionPlans: 'plany-dejstvij',
    search: 'poisk',
    site: 'sajt',
    legal: { accessibility: 'dostupnost', privacy: 'konfidencialnost' },
  },
  so: {
    networks: 'shabakadaha',
    partners: 'la-hawlgalayaasha',
    actionPlans: 'qorshayaasha-hawlgalka',
    search: 'raadin',
    site: 'bogga',
    legal: { accessibility: 'helitaanka', privacy: 'asturnaanta' },
  },
  ar: {
    networks: 'shabakat',
    partners: 'shuraka',
    actionPlans: 'khutat-al-amal',
    search: 'bahth',
    site: 'al-mawqi',
    legal: { accessibility: 'imkaniyat-al-wusul', privacy: 'al-khususiya' },
  },
  th: {
    networks: 'khruea-khai',
    partners: 'phanthamit',
    actionPlans: 'phaen-patibat-kan',
    search: 'khon-ha',
    site: 'website',
    legal: { accessibility: 'kan-khao-thueng', privacy: 'khwam-pen-suan-tua' },
  },
  vi: {
    networks: 'mang-luoi',
    partners: 'doi-tac',
    actionPlans: 'ke-hoach-hanh-dong',
    search: 'tim-kiem',
    site: 'trang-web',
    legal: { accessibility: 'kha-nang-tiep-can', privacy: 'quyen-rieng-tu' },
  },
}

/** The locale whose words the site's addresses used before they were localized (the old addresses). */
export const formerSegmentsLocale: LocaleCode = 'en'

export function isLegalPageName(name: string): name is LegalPageName {
  return (legalPageNames as readonly string[]).includes(name)
}

/** A site page's address in `locale`; an MDX page with a name of its own keeps that name. */
export function legalPageSlug(locale: LocaleCode, name: string): string {
  return isLegalPageName(name) ? routeSegments[locale].legal[name] : name
}

/**
 * The public addresses of documents, shared by the site (its pages) and the CMS (the old address
 * of a renamed document). Paths start and end with a slash.
 */
export const documentPaths = {
  network: (locale: LocaleCode, slug: string) => `/${locale}/${routeSegments[locale].networks}/${slug}/`,
  actionPlan: (locale: LocaleCode, slug: string) => `/${locale}/${routeSegments[locale].actionPlans}/${slug}/`,
  /** A content page: its ancestors' slugs and its own (see pageSegments). */
  page: (locale: LocaleCode, segments: string[]) => `/${locale}/${segments.map(encodeURIComponent).join('/')}/`,
}

/** What the path of a content page needs to know of a page. */
export type PathPage = { id: number; slug: string; parent?: number | { id: number } | null }

/**
 * A page's path segments in its locale: its ancestors' slugs, then its own. An ancestor not
 * translated into the locale (absent from `pagesInLocale`) is left out rather than linking through
 * a missing page.
 */
export function pageSegments(page: PathPage, pagesInLocale: Map<number, PathPage>): string[] {
  const segments = [page.slug]
  const seen = new Set([page.id])
  for (let parentId = parentIdOf(page); parentId !== undefined && !seen.has(parentId); ) {
    seen.add(parentId)
    const parent = pagesInLocale.get(parentId)
    if (parent) segments.unshift(parent.slug)
    parentId = parent ? parentIdOf(parent) : undefined
  }
  return segments
}

function parentIdOf(page: PathPage): number | undefined {
  const parent = page.parent
  if (parent === null || parent === undefined) return undefined
  return typeof parent === 'object' ? parent.id : parent
}

/**
 * The address a path had when the site's addresses were in English (`/fi/verkostot/kamut/` was
 * `/fi/networks/kamut/`), or undefined when it had no other: content pages, and English ones.
 */
export function formerEnglishPath(path: string): string | undefined {
  const [, locale, first, second, ...rest] = path.split('/')
  const segments = routeSegments[locale as LocaleCode]
  if (!segments || locale === formerSegmentsLocale) return undefined
  const english = routeSegments[formerSegmentsLocale]
  const kinds = ['networks', 'partners', 'actionPlans', 'search'] as const
  const kind = kinds.find((each) => segments[each] === first)
  if (kind) return ['', locale, english[kind], second, ...rest].join('/')
  if (first === segments.site && second !== undefined) {
    const name = legalPageNames.find((each) => segments.legal[each] === second)
    return ['', locale, english.site, name ?? second, ...rest].join('/')
  }
  return undefined
}
