import { en, type UiKey, type UiStrings } from './en'

/**
 * A locale's UI strings: the keys it translates, and the keys it shows in English on purpose,
 * named one by one so a missing translation is a visible decision, not an accident.
 */
export type LocaleStrings = { translated: Partial<UiStrings>; englishFallback: readonly UiKey[] }

export function resolveStrings({ translated, englishFallback }: LocaleStrings): UiStrings {
  const fallback = Object.fromEntries(englishFallback.map((key) => [key, en[key]]))
  return { ...fallback, ...translated } as UiStrings
}
