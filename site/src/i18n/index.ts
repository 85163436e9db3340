import type { LocaleCode } from '@union/shared/locales'
import { ar } from './ar'
import { en, type UiKey, type UiStrings } from './en'
import { et } from './et'
import { fi } from './fi'
import type { LocaleStrings } from './localeStrings'
import { resolveStrings } from './localeStrings'
import { ru } from './ru'
import { so } from './so'
import { sv } from './sv'
import { th } from './th'
import { vi } from './vi'

/** Every locale's strings as written (translated keys and named English fallbacks). */
export const localeStrings: Record<Exclude<LocaleCode, 'en'>, LocaleStrings> = { fi, sv, et, ru, so, ar, th, vi }

const resolved = Object.fromEntries([
  ['en', en],
  ...Object.entries(localeStrings).map(([code, strings]) => [code, resolveStrings(strings)]),
]) as Record<LocaleCode, UiStrings>

/** The UI string `key` in `locale`, with {placeholders} filled in. */
export function t(locale: LocaleCode, key: UiKey, values: Record<string, string | number> = {}): string {
  return resolved[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

export type { UiKey }
