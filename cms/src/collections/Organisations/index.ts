import { collectionSlugs, organisationField } from '@union/shared/collections'
import { isValidSlug } from '@union/shared/slugs'
import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../../access'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { organisationCollections } from '../../organisations/collections'
import { addsTo, builtIn } from '../../validation/builtIn'
import { checkedFields } from '../../validation/checkedFields'
import { message } from '../../validation/messages'

/**
 * Deleting an organisation would take every document it owns with it (the plugin's clean-up is
 * off: cms/src/organisations/plugin.ts), so an organisation that still owns documents is kept.
 */
const keepsOrganisationsWithContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const owned = await Promise.all(
    [...organisationCollections, collectionSlugs.siteSettings].map(async (collection) => ({
      collection,
      count: (
        await req.payload.count({
          collection,
          where: { [organisationField]: { equals: id } },
          overrideAccess: true,
          req,
        })
      ).totalDocs,
    })),
  )
  const left = owned.filter(({ count }) => count > 0)
  if (left.length === 0) return
  const listed = left.map(({ collection, count }) => `${collection}: ${count}`).join(', ')
  throw new APIError(message(req, 'organisationHasContent', { documents: listed }), 409, undefined, true)
}

/**
 * The organisations one CMS holds: a union, a branch, a city's network. Each has its own site,
 * built from its own documents (the multi-tenant plugin's tenants, see organisations/plugin.ts).
 * Their names are public; only admins add, rename or remove them.
 */
export const Organisations: CollectionConfig = {
  slug: collectionSlugs.organisations,
  labels: {
    singular: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
    plural: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: { fi: 'Ylläpito', sv: 'Administration', en: 'Administration' },
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeDelete: [keepsOrganisationsWithContent] },
  fields: checkedFields([
    {
      name: 'name',
      label: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
      type: 'text',
      required: true,
      admin: {
        description: {
          fi: 'Nimi, jolla henkilöstö tuntee organisaation hallintapaneelissa. Sivuston nimi on sivuston asetuksissa.',
          sv: 'Som personalen känner den i administrationen. Namnet på webbplatsen finns i webbplatsinställningarna.',
          en: 'As staff know it in the admin. The name on the site is in the site settings.',
        },
      },
    },
    {
      name: 'slug',
      label: { fi: 'Polkutunnus', sv: 'Slug', en: 'Slug' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      // The running site build and rebuild service know the organisation by it (SITE_ORGANISATION).
      access: { update: () => false },
      admin: {
        description: {
          fi: "Nimeää organisaation sivuston sivuston koonnille ja koontipalvelulle (SITE_ORGANISATION), esim. 'jhl'. Pieniä kirjaimia ja yhdysmerkkejä; ei muutettavissa organisaation luomisen jälkeen.",
          sv: "Namnger organisationens webbplats för bygget och byggtjänsten (SITE_ORGANISATION), t.ex. 'jhl'. Små bokstäver och bindestreck; kan inte ändras efter att organisationen skapats.",
          en: "Names the organisation’s site to the site build and the rebuild service (SITE_ORGANISATION), e.g. 'jhl'. Lower-case words joined by hyphens; fixed once the organisation is created.",
        },
      },
      validate: addsTo(builtIn.text, (value: string | null | undefined, { req }) =>
        !value || isValidSlug(value) ? true : message(req, 'slugFormat', { example: 'my-union' }),
      ),
    },
  ]),
}
