import { organisationField } from '@union/shared/collections'
import { isLocaleCode } from '@union/shared/locales'
import { isValidSlug, slugify } from '@union/shared/slugs'
import type { CollectionSlug, TextField, Where } from 'payload'
import { addsTo, builtIn } from '../validation/builtIn'
import { message } from '../validation/messages'
import { relationIdOf } from './relationId'

type SlugOptions = {
  /** The localized field the slug is made from when left empty. */
  from: string
  /** Slugs must be unique only among siblings, e.g. pages under the same parent. */
  uniqueWithin?: string
}

/**
 * A localized slug: generated from `from` when empty, lower-case words and hyphens,
 * and unique within its locale (and within `uniqueWithin`, when given).
 */
export function slugField({ from, uniqueWithin }: SlugOptions): TextField {
  return {
    name: 'slug',
    label: { fi: 'Polkutunnus', sv: 'Slug', en: 'Slug' },
    type: 'text',
    localized: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        fi: 'Dokumentin osoite tällä kielellä. Tyhjänä se muodostetaan otsikosta.',
        sv: 'Dokumentets adress på detta språk. Lämnas den tom skapas den av rubriken.',
        en: 'The address of this document in this language. Left empty, it is made from the title.',
      },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          const source = siblingData?.[from]
          return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
        },
      ],
    },
    validate: addsTo(
      builtIn.text,
      async (value: string | null | undefined, { req, id, collectionSlug, siblingData, event }) => {
        // Required, but checked here rather than by `required: true`: the hook above fills it in,
        // so callers (and the generated types) need not supply one.
        if (!value) return req.t('validation:required')
        if (!isValidSlug(value)) return message(req, 'slugFormat', { example: slugify(String(value)) || 'my-page' })
        if (event === 'onChange' || !collectionSlug) return true
        const conditions: Where[] = [{ slug: { equals: value } }]
        if (id !== undefined) conditions.push({ id: { not_equals: id } })
        // Each organisation has its own site, so two organisations may both have a page "contact".
        const organisation = relationIdOf((siblingData as Record<string, unknown>)[organisationField])
        if (organisation !== undefined) conditions.push({ [organisationField]: { equals: organisation } })
        if (uniqueWithin) {
          const scopeId = relationIdOf((siblingData as Record<string, unknown>)[uniqueWithin])
          conditions.push(scopeId ? { [uniqueWithin]: { equals: scopeId } } : { [uniqueWithin]: { exists: false } })
        }
        const clash = await req.payload.count({
          collection: collectionSlug as CollectionSlug,
          where: { and: conditions },
          locale: isLocaleCode(req.locale) ? req.locale : undefined,
          overrideAccess: true,
          req,
        })
        return clash.totalDocs === 0 || message(req, 'slugTaken', { slug: value, locale: req.locale ?? '' })
      },
    ),
  }
}
