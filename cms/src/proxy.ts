import { type NextRequest, NextResponse } from 'next/server'

/**
 * Finnish is the admin's default language, but Payload takes a request's language from the
 * `payload-lng` cookie (set when a user picks a language in the account view), then from
 * Accept-Language, and only then falls back to Finnish; and it cannot match `fi` in Accept-Language
 * at all (its list of languages lacks Finnish), while `en-US` matches English. A browser's
 * Accept-Language is the operating system's, not a choice made here, so for a browser request
 * (one with Sec-Fetch-Mode, which browsers send and API clients don't) without the cookie it is set
 * aside and the admin, and the REST answers it asks for, speak Finnish. An API client's
 * Accept-Language is still honoured.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has('payload-lng') || !request.headers.has('sec-fetch-mode')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.delete('accept-language')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
