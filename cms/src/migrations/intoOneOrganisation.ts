import { slugify } from '@union/shared/slugs'

/**
 * The data half of the move to organisations, for a database that held one organisation's content
 * before the CMS could hold several: one organisation is made from the site settings' name, and
 * every document, every version of it and the site settings (until then a global) become its.
 * The SQLite migration runs it after its schema changes, the MongoDB one after its copy of the global.
 */
export const organisationTables = [
  'regional_networks',
  'contacts',
  'international_partners',
  'action_plans',
  'action_plan_targets',
  'pages',
  'media',
] as const

/** Versioned tables of the collections above (media has no versions). */
export const organisationVersionTables = organisationTables.filter((table) => table !== 'media')

/** A slug for an organisation named `name`, for example "JHL" → "jhl". */
export function organisationSlugFor(name: string | null | undefined): string {
  return slugify(name ?? '') || 'organisation'
}
