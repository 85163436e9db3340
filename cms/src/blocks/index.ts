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
  interfaceName: 'RichTextBlock',
  fields: [{ name: 'content', type: 'richText', required: true }],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
    { name: 'label', type: 'text', required: true },
    urlField({ name: 'url', admin: { description: 'Where the button leads; or choose a page below' } }),
    { name: 'page', type: 'relationship', relationTo: collectionSlugs.pages, validate: validateRelationshipExists },
    {
      name: 'allowedEmailDomains',
      type: 'text',
      hasMany: true,
      validate: validateEmailDomains,
      admin: { description: 'Who may join: only addresses at these domains, e.g. hel.fi and edu.hel.fi' },
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
  interfaceName: 'ContactCardBlock',
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'intro', type: 'textarea' },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
  ],
}

export const CollectionListBlock: Block = {
  slug: 'collectionList',
  interfaceName: 'CollectionListBlock',
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'source',
      type: 'select',
      required: true,
      options: [
        { label: 'Regional networks', value: collectionSlugs.regionalNetworks },
        { label: 'International partners', value: collectionSlugs.internationalPartners },
        { label: 'Action plan targets', value: collectionSlugs.actionPlanTargets },
      ],
    },
    {
      name: 'limit',
      type: 'number',
      min: 1,
      max: 100,
      validate: validateNumber,
      admin: { description: 'Empty shows all' },
    },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: collectionSlugs.media,
      required: true,
      validate: validateUploadExists,
    },
    { name: 'caption', type: 'text' },
  ],
}

export const pageBlocks = [RichTextBlock, CallToActionBlock, ContactCardBlock, CollectionListBlock, ImageBlock]
