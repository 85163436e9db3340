import { type LocaleCode, localeCodes } from '@union/shared/locales'
import * as z from 'zod'

export const localeCodeSchema = z.enum(localeCodes as [LocaleCode, ...LocaleCode[]])

/**
 * The locales whose translation of a document is complete. The site shows a document in a locale
 * only when the locale is listed; Payload's fallback text in other locales is never published.
 */
export const translatedLocalesSchema = z
  .array(localeCodeSchema)
  .nullish()
  .transform((value) => value ?? [])
