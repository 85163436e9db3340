/** Collection slugs: the names of the CMS's REST endpoints, shared by CMS and site. */
export const collectionSlugs = {
  regionalNetworks: 'regional-networks',
  contacts: 'contacts',
  internationalPartners: 'international-partners',
  actionPlans: 'action-plans',
  actionPlanTargets: 'action-plan-targets',
  pages: 'pages',
  media: 'media',
  /** Old addresses and where they lead now: recorded when a published document moves, or added by hand. */
  redirects: 'redirects',
  /** One per organisation: its name, logo, navigation, join link and languages (a tenant's "global"). */
  siteSettings: 'site-settings',
  /** The tenants: every document above belongs to one organisation, and each has a site of its own. */
  organisations: 'organisations',
  users: 'users',
} as const

/**
 * The field, on every document of the collections above, naming the organisation it belongs to.
 * Called "tenant" (the multi-tenant plugin's word) because the site settings and action plans
 * already have a field `organisation`: the name as the public reads it.
 */
export const organisationField = 'tenant'

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
