import { collectionSlugs, organisationField } from '@union/shared/collections'
import { locales } from '@union/shared/locales'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { anyone, isEditor } from '../../access'
import { relationIdOf } from '../../fields/relationId'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { localeOfPath } from '../../redirects/publishedAddresses'
import { followRedirects, type StoredRedirect, shortenChainsThrough } from '../../redirects/redirectStore'
import { checkedFields } from '../../validation/checkedFields'
import { normalisesPath, validateFrom, validateTo } from './validation'

/** The language of the old address, and a target that is itself redirected followed to its end. */
const leadsToTheEnd: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const from = (data.from ?? originalDoc?.from) as string | undefined
  if (from) data.locale = localeOfPath(from) ?? null
  const organisation = relationIdOf(data[organisationField] ?? originalDoc?.[organisationField])
  if (organisation !== undefined && typeof data.to === 'string' && data.to.startsWith('/')) {
    const chain = await followRedirects(req, organisation, data.to, originalDoc?.id)
    // A chain back to `from` is a loop, which the validation of `to` refuses, naming it.
    if (!chain.includes(data.from ?? originalDoc?.from)) data.to = chain[chain.length - 1]
  }
  return data
}

const shortensChains: CollectionAfterChangeHook = async ({ doc, req }) => {
  const organisation = relationIdOf(doc[organisationField])
  if (organisation !== undefined) await shortenChainsThrough(req, organisation, doc as StoredRedirect)
  return doc
}

/**
 * Old addresses of the site and where they lead now. A published page, network or action plan
 * that moves (a new slug or parent) gets one from each old address automatically
 * (cms/src/redirects); editors add others by hand. Kept free of chains and loops: a→b and then
 * b→c give a→c and b→c, and an address that is a page again loses its redirect. The site writes
 * them as `_redirects` and as a page at each old address; its server answers them with 301.
 */
export const Redirects: CollectionConfig = {
  slug: collectionSlugs.redirects,
  labels: {
    singular: { fi: 'Uudelleenohjaus', sv: 'Omdirigering', en: 'Redirect' },
    plural: { fi: 'Uudelleenohjaukset', sv: 'Omdirigeringar', en: 'Redirects' },
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'locale', 'origin', 'updatedAt'],
    group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' },
    description: {
      fi: 'Vanhat osoitteet ja minne ne nyt johtavat. Julkaistun sivun osoitteen muuttuessa vanha osoite lisätään tähän itsestään.',
      sv: 'Gamla adresser och vart de leder nu. När en publicerad sidas adress ändras läggs den gamla adressen till här automatiskt.',
      en: 'Old addresses and where they lead now. When a published page’s address changes, its old address is added here automatically.',
    },
  },
  // Public: where an old address leads is what every visitor of it is told anyway.
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeChange: [leadsToTheEnd], afterChange: [shortensChains] },
  fields: checkedFields([
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      label: { fi: 'Vanha osoite', sv: 'Gammal adress', en: 'Old address' },
      hooks: { beforeValidate: [normalisesPath] },
      validate: validateFrom,
      admin: {
        description: {
          fi: 'Sivuston polku kielineen, esim. /fi/vanha-sivu/',
          sv: 'En sökväg på webbplatsen med språket först, t.ex. /sv/gammal-sida/',
          en: 'A path of the site, starting with its language, e.g. /en/old-page/',
        },
      },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      label: { fi: 'Uusi osoite', sv: 'Ny adress', en: 'New address' },
      hooks: { beforeValidate: [normalisesPath] },
      validate: validateTo,
      admin: {
        description: {
          fi: 'Sivuston polku (esim. /fi/uusi-sivu/) tai täydellinen verkko-osoite',
          sv: 'En sökväg på webbplatsen (t.ex. /sv/ny-sida/) eller en fullständig webbadress',
          en: 'A path of the site (e.g. /en/new-page/) or a full web address',
        },
      },
    },
    {
      name: 'locale',
      type: 'select',
      label: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
      // A language is named in its own words, whatever the admin language (as in translatedLocales).
      options: locales.map((locale) => ({
        label: { fi: locale.nativeName, sv: locale.nativeName, en: locale.nativeName },
        value: locale.code,
      })),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          fi: 'Vanhan osoitteen kieli',
          sv: 'Den gamla adressens språk',
          en: 'The language of the old address',
        },
      },
    },
    {
      name: 'origin',
      type: 'select',
      defaultValue: 'manual',
      label: { fi: 'Lähde', sv: 'Ursprung', en: 'Origin' },
      options: [
        { value: 'automatic', label: { fi: 'Osoitteen muutos', sv: 'Ändrad adress', en: 'Changed address' } },
        { value: 'manual', label: { fi: 'Lisätty käsin', sv: 'Tillagd för hand', en: 'Added by hand' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
  ]),
}
