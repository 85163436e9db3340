import type { SiteSettings } from '@union/content-schemas'
import { siteUrl } from '../siteEnv'

/** schema.org for the organisation, on the home pages and as the parent of every network. */
export function organisationJsonLd(settings: SiteSettings | undefined): Record<string, unknown> {
  const organisation = settings?.organisation
  return {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organisation`,
    name: organisation?.name,
    alternateName: organisation?.shortName ?? undefined,
    url: `${siteUrl}/`,
    sameAs: organisation?.website ? [organisation.website] : undefined,
  }
}
