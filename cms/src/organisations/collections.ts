import { collectionSlugs } from '@union/shared/collections'

/** The collections whose every document belongs to one organisation. */
export const organisationCollections = [
  collectionSlugs.regionalNetworks,
  collectionSlugs.contacts,
  collectionSlugs.internationalPartners,
  collectionSlugs.actionPlans,
  collectionSlugs.actionPlanTargets,
  collectionSlugs.pages,
  collectionSlugs.media,
  collectionSlugs.redirects,
] as const
