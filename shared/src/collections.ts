/** Collection and global slugs: the names of the CMS's REST endpoints, shared by CMS and site. */
export const collectionSlugs = {
  regionalNetworks: 'regional-networks',
  contacts: 'contacts',
  internationalPartners: 'international-partners',
  actionPlans: 'action-plans',
  actionPlanTargets: 'action-plan-targets',
  pages: 'pages',
  media: 'media',
  users: 'users',
} as const

export const globalSlugs = {
  siteSettings: 'site-settings',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
