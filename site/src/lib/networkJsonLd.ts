import type { RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { regionName } from '@union/shared/regions'
import { siteUrl } from '../siteEnv'
import { routes } from './routes'

/** schema.org for a regional network: an organisation within the union, serving its region. */
export function networkJsonLd(network: RegionalNetwork, locale: LocaleCode): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: network.name,
    alternateName: network.acronym ?? undefined,
    url: new URL(routes.network(locale, network), `${siteUrl}/`).href,
    foundingDate: network.founded?.slice(0, 7),
    areaServed: regionName(network.region, locale),
    parentOrganization: { '@id': `${siteUrl}/#organisation` },
    inLanguage: locale,
  }
}
