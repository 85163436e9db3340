import { isValidPhoneNumber } from 'libphonenumber-js'

/** Pure checks behind the field validators; each returns whether the value is acceptable. */

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    // A dot rules out typos such as "https://jhl"; localhost is allowed for local services.
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname.includes('.') || url.hostname === 'localhost')
    )
  } catch {
    return false
  }
}

/** Finnish numbers may be written nationally (050 433 1590); others need the + prefix. */
export function isPhoneNumber(value: string): boolean {
  return isValidPhoneNumber(value, 'FI')
}

export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value)) return false
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(value)
  return name !== undefined
}

export function isEmailDomain(value: string): boolean {
  return /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)
}

export function isInFuture(value: string | Date, now = new Date()): boolean {
  return new Date(value).getTime() > now.getTime()
}
