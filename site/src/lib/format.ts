import type { LocaleCode } from '@union/shared/locales'
import type { DatePrecision } from '@union/shared/vocabulary'

/** Dates and numbers in the reader's language, via Intl. CMS dates are UTC midnights, so UTC keeps the day. */
export function formatDate(locale: LocaleCode, iso: string, precision: DatePrecision = 'day'): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { dateStyle: 'long', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso))
}

/** A `<time datetime>` value no more precise than the date is known: 2023, 2023-12 or 2023-12-31. */
export function datetimeOf(iso: string, precision: DatePrecision = 'day'): string {
  return iso.slice(0, { year: 4, month: 7, day: 10 }[precision])
}

/** A period as precisely as it is known: "2020" for a year, "tammikuu 2020 – joulukuu 2020" by month. */
export function formatPeriod(locale: LocaleCode, start: string, end: string, precision: DatePrecision): string {
  const from = formatDate(locale, start, precision)
  const to = formatDate(locale, end, precision)
  return from === to ? from : `${from} – ${to}`
}

export function formatNumber(locale: LocaleCode, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...options }).format(value)
}

export function formatList(locale: LocaleCode, values: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values)
}

/** Alternatives in the reader's language ("@hel.fi eller @edu.hel.fi"): any one of them will do. */
export function formatAlternatives(locale: LocaleCode, values: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(values)
}

/** Language names in the reader's language ("suomi, ruotsi ja englanti"). */
export function formatLanguages(locale: LocaleCode, codes: LocaleCode[]): string {
  const names = new Intl.DisplayNames(locale, { type: 'language' })
  return formatList(
    locale,
    codes.map((code) => names.of(code) ?? code),
  )
}
