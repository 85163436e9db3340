import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'
import { collectionSlugs, organisationField } from '@union/shared/collections'
import type { Config, DefaultValue } from 'payload'
import { hasRole } from '../access/roles'
import { organisationCollections } from './collections'

/** Where a user's organisations are listed: `organisations[].organisation`. */
export const userOrganisations = { arrayFieldName: 'organisations', arrayTenantFieldName: 'organisation' } as const

/** Admins see and edit every organisation; everyone else only the organisations listed on their account. */
export const seesEveryOrganisation = (user: { roles?: unknown } | null | undefined): boolean =>
  hasRole(user as Parameters<typeof hasRole>[0], 'admin')

/**
 * A new document's organisation: the one chosen in the admin's organisation selector (its cookie),
 * else the user's first organisation, else, on a CMS that holds only one organisation, that one.
 * (The plugin's own default stops after the cookie for collections without autosave.)
 */
const defaultOrganisation: DefaultValue = async ({ req }) => {
  const fromCookie = getTenantFromCookie(req.headers, req.payload.db.defaultIDType)
  if (fromCookie !== null) return fromCookie
  const [first] = getUserTenantIDs(req.user as never, {
    tenantsArrayFieldName: userOrganisations.arrayFieldName,
    tenantsArrayTenantFieldName: userOrganisations.arrayTenantFieldName,
  })
  if (first !== undefined) return first
  const only = await req.payload.find({
    collection: collectionSlugs.organisations,
    depth: 0,
    limit: 2,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return only.docs.length === 1 ? only.docs[0]?.id : undefined
}

/**
 * Payload's official multi-tenant plugin, with organisations as its tenants. It adds the
 * `organisation` field to every collection above and to the site settings (one per organisation,
 * opened like a global), an organisation selector to the admin, and the access rule that keeps a
 * user to the organisations on their account, on REST, GraphQL and the Local API alike. The public
 * reads every organisation's published content; each site build asks for its own (site/src/loader).
 */
const multiTenant: (config: Config) => Config = multiTenantPlugin({
  tenantsSlug: collectionSlugs.organisations,
  // Never delete an organisation's documents with it; an organisation that owns any is kept instead.
  cleanupAfterTenantDelete: false,
  tenantField: { name: organisationField, defaultValue: defaultOrganisation },
  tenantsArrayField: { includeDefaultField: true, ...userOrganisations },
  collections: {
    ...Object.fromEntries(organisationCollections.map((slug) => [slug, {}])),
    [collectionSlugs.siteSettings]: { isGlobal: true },
  },
  userHasAccessToAllTenants: seesEveryOrganisation,
  i18n: {
    translations: {
      en: {
        'nav-tenantSelector-label': 'Organisation',
        'field-assignedTenant-label': 'Organisation',
        'assign-tenant-button-label': 'Move to another organisation',
        'assign-tenant-modal-title': 'Move "{{title}}" to another organisation',
      },
      sv: {
        'nav-tenantSelector-label': 'Organisation',
        'field-assignedTenant-label': 'Organisation',
        'assign-tenant-button-label': 'Flytta till en annan organisation',
        'assign-tenant-modal-title': 'Flytta "{{title}}" till en annan organisation',
      },
    },
  },
})

/**
 * The plugin adds the user's list of organisations with English labels and no option to name them;
 * they are named here in the admin languages.
 */
function labelsUserOrganisations(config: Config): Config {
  const users = config.collections?.find((collection) => collection.slug === collectionSlugs.users)
  const list = users?.fields.find((field) => 'name' in field && field.name === userOrganisations.arrayFieldName)
  if (list?.type !== 'array') return config
  list.label = { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' }
  list.labels = {
    singular: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
    plural: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
  }
  for (const field of list.fields) {
    if ('name' in field && field.name === userOrganisations.arrayTenantFieldName) {
      field.label = { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' }
    }
  }
  return config
}

export const organisationsPlugin = (config: Config): Config => labelsUserOrganisations(multiTenant(config))
