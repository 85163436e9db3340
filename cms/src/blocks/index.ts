import { collectionSlugs } from '@union/shared/collections'
import type { Block } from 'payload'
import { urlField } from '../fields/url'
import {
  validateEmailDomains,
  validateNumber,
  validateRelationshipExists,
  validateUploadExists,
} from '../validation/validators'

/** The content blocks a page is built from. The page's `layout` is localized, so each language has its own list. */

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: {
    singular: { fi: 'Tekstilohko', sv: 'Textblock', en: 'Rich text' },
    plural: { fi: 'Tekstilohkot', sv: 'Textblock', en: 'Rich text blocks' },
  },
  interfaceName: 'RichTextBlock',
  fields: [
    { name: 'content', label: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' }, type: 'richText', required: true },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: {
    singular: { fi: 'Toimintakehotus', sv: 'Uppmaning', en: 'Call to action' },
    plural: { fi: 'Toimintakehotukset', sv: 'Uppmaningar', en: 'Calls to action' },
  },
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Heading' }, type: 'text', required: true },
    { name: 'body', label: { fi: 'Leipäteksti', sv: 'Brödtext', en: 'Body text' }, type: 'textarea' },
    { name: 'label', label: { fi: 'Teksti', sv: 'Text', en: 'Label' }, type: 'text', required: true },
    urlField({
      name: 'url',
      label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' },
      admin: {
        description: {
          fi: 'Minne painike vie; tai valitse sivu alta',
          sv: 'Vart knappen leder; eller välj en sida nedan',
          en: 'Where the button leads; or choose a page below',
        },
      },
    }),
    {
      name: 'page',
      label: { fi: 'Sivu', sv: 'Sida', en: 'Page' },
      type: 'relationship',
      relationTo: collectionSlugs.pages,
      validate: validateRelationshipExists,
    },
    {
      name: 'allowedEmailDomains',
      label: { fi: 'Sallitut sähköpostin verkkotunnukset', sv: 'Tillåtna e-postdomäner', en: 'Allowed email domains' },
      type: 'text',
      hasMany: true,
      validate: validateEmailDomains,
      admin: {
        description: {
          fi: 'Kuka voi liittyä: vain näiden verkkotunnusten osoitteet, esim. hel.fi ja edu.hel.fi',
          sv: 'Vem som får gå med: endast adresser på dessa domäner, t.ex. hel.fi och edu.hel.fi',
          en: 'Who may join: only addresses at these domains, e.g. hel.fi and edu.hel.fi',
        },
      },
    },
  ],
}

/**
 * Who to contact. The intro leads to the contacts ("You can contact our specialists …:"), so the
 * site shows it only when a publishable contact follows; otherwise it offers the organisation's
 * public contact, and without one the block is left out.
 */
export const ContactCardBlock: Block = {
  slug: 'contactCard',
  labels: {
    singular: { fi: 'Yhteystiedot', sv: 'Kontaktkort', en: 'Contact card' },
    plural: { fi: 'Yhteystiedot', sv: 'Kontaktkort', en: 'Contact cards' },
  },
  interfaceName: 'ContactCardBlock',
  fields: [
    { name: 'heading', label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Heading' }, type: 'text' },
    { name: 'intro', label: { fi: 'Johdanto', sv: 'Ingress', en: 'Introduction' }, type: 'textarea' },
    {
      name: 'contacts',
      label: { fi: 'Yhteyshenkilöt', sv: 'Kontaktpersoner', en: 'Contacts' },
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
  ],
}

export const CollectionListBlock: Block = {
  slug: 'collectionList',
  labels: {
    singular: { fi: 'Luettelo kokoelmasta', sv: 'Lista ur en samling', en: 'Collection list' },
    plural: { fi: 'Luettelot kokoelmista', sv: 'Listor ur samlingar', en: 'Collection lists' },
  },
  interfaceName: 'CollectionListBlock',
  fields: [
    { name: 'heading', label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Heading' }, type: 'text' },
    {
      name: 'source',
      label: { fi: 'Lähde', sv: 'Källa', en: 'Source' },
      type: 'select',
      required: true,
      options: [
        {
          label: { fi: 'Alueelliset verkostot', sv: 'Regionala nätverk', en: 'Regional networks' },
          value: collectionSlugs.regionalNetworks,
        },
        {
          label: { fi: 'Kansainväliset kumppanit', sv: 'Internationella partner', en: 'International partners' },
          value: collectionSlugs.internationalPartners,
        },
        {
          label: { fi: 'Toimintasuunnitelmien tavoitteet', sv: 'Handlingsplanernas mål', en: 'Action plan targets' },
          value: collectionSlugs.actionPlanTargets,
        },
      ],
    },
    {
      name: 'limit',
      label: { fi: 'Enimmäismäärä', sv: 'Högst', en: 'Limit' },
      type: 'number',
      min: 1,
      max: 100,
      validate: validateNumber,
      admin: { description: { fi: 'Tyhjänä näytetään kaikki', sv: 'Tomt visar alla', en: 'Empty shows all' } },
    },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  labels: {
    singular: { fi: 'Kuva', sv: 'Bild', en: 'Image' },
    plural: { fi: 'Kuvat', sv: 'Bilder', en: 'Images' },
  },
  interfaceName: 'ImageBlock',
  fields: [
    {
      name: 'image',
      label: { fi: 'Kuva', sv: 'Bild', en: 'Image' },
      type: 'upload',
      relationTo: collectionSlugs.media,
      required: true,
      validate: validateUploadExists,
    },
    { name: 'caption', label: { fi: 'Kuvateksti', sv: 'Bildtext', en: 'Caption' }, type: 'text' },
  ],
}

export const pageBlocks = [RichTextBlock, CallToActionBlock, ContactCardBlock, CollectionListBlock, ImageBlock]
