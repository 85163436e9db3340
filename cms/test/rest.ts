import { handleEndpoints, type Payload } from 'payload'

/**
 * Calls Payload's REST route handlers the way the site and the admin do over HTTP:
 * a standard Request in, a Response out (no Next server needed).
 */
export type RestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  query?: Record<string, string | number | boolean>
  body?: unknown
  token?: string
  headers?: Record<string, string>
}

export async function rest(payload: Payload, path: string, options: RestOptions = {}) {
  const url = new URL(`http://localhost/api${path}`)
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value))
  const headers = new Headers(options.headers)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/**
 * A staff account. It works for `organisations` (ids), by default for every organisation the CMS
 * holds, as a one-organisation CMS would have it; admins see every organisation anyway.
 */
export async function createUser(
  payload: Payload,
  email: string,
  roles: ('admin' | 'editor' | 'translator')[],
  organisations?: (number | string)[],
) {
  const password = `pw-${email}-long-enough`
  const ids =
    organisations ??
    (await payload.find({ collection: 'organisations', depth: 0, limit: 100, pagination: false })).docs.map(
      (organisation) => organisation.id,
    )
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password,
      roles,
      organisations: ids.map((organisation) => ({ organisation: Number(organisation) })),
    },
  })
  return { user, password }
}

/** Logs in through REST and returns the JWT, as the admin does. */
export async function login(payload: Payload, email: string, password: string): Promise<string> {
  const { status, body } = await rest(payload, '/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200) throw new Error(`login as ${email} failed with ${status}: ${JSON.stringify(body)}`)
  return body.token as string
}

/** Field path → message, from a Payload validation error response. */
export function fieldErrors(body: unknown): Record<string, string> {
  const errors = (body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }).errors ?? []
  return Object.fromEntries(
    errors.flatMap((error) => error.data?.errors ?? []).map((error) => [error.path, error.message]),
  )
}
