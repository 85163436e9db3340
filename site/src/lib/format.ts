import type { LocaleCode } from '@union/shared/locales'

/** Dates and numbers in the reader's language, via Intl. CMS dates are UTC midnights, so UTC keeps the day. */
export function formatDate(locale: LocaleCode, iso: string, style: 'day' | 'month' = 'day'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso))
}

export function formatNumber(locale: LocaleCode, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...options }).format(value)
}

export function formatList(locale: LocaleCode, values: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values)
}
