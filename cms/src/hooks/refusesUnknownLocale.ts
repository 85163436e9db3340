import { localeCodes } from '@union/shared/locales'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { message } from '../validation/messages'

/** Payload's own words for "every locale" (`?locale=all`, Local API `locale: '*'`). */
const everyLocale = new Set(['all', '*'])

/**
 * Payload answers `?locale=xx` with the default locale: a save went into Finnish and answered 201,
 * and a read answered Finnish as if it were xx. The Local API passes xx on to the database. Both
 * are refused here, before anything is read or written, naming the locale and the known ones.
 */
export const refusesUnknownLocale: CollectionBeforeOperationHook = ({ args, req, collection }) => {
  refuseUnknown(req, 'collection', collection.slug)
  return args
}

export const refusesUnknownLocaleGlobal: GlobalBeforeOperationHook = ({ args, req, global }) => {
  refuseUnknown(req, 'global', global.slug)
  return args
}

function refuseUnknown(req: PayloadRequest, kind: 'collection' | 'global', slug: string) {
  const requested = [req.query?.locale, req.locale].find(
    (locale): locale is string => typeof locale === 'string' && !isKnown(locale),
  )
  if (requested === undefined) return
  throw new APIError(
    message(req, 'localeUnknown', { locale: requested, entity: slug, locales: localeCodes.join(', ') }),
    400,
    { [kind]: slug, locale: requested },
    true,
  )
}

function isKnown(locale: string): boolean {
  return everyLocale.has(locale) || (localeCodes as string[]).includes(locale)
}
