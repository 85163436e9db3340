/**
 * The running CMS's REST API as a logged-in user, over HTTP, the way the admin calls it.
 * (cms/test/rest.ts does the same in-process, without a server.)
 */
export class CmsRest {
  private constructor(
    readonly cmsUrl: string,
    private readonly token: string,
  ) {}

  static async logIn(cmsUrl: string, user: { email: string; password: string }): Promise<CmsRest> {
    const { token } = (await call(cmsUrl, 'POST', '/users/login', undefined, user)) as { token: string }
    return new CmsRest(cmsUrl, token)
  }

  get(path: string): Promise<unknown> {
    return call(this.cmsUrl, 'GET', path, this.token)
  }

  patch(path: string, body: unknown): Promise<unknown> {
    return call(this.cmsUrl, 'PATCH', path, this.token, body)
  }
}

async function call(cmsUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${cmsUrl}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${cmsUrl}/api${path} answered ${response.status}: ${text.slice(0, 500)}`)
  return text ? JSON.parse(text) : null
}
