import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** An answer with a status code, thrown by a route and sent by the server as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: OutgoingHttpHeaders = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}) {
  const text = `${JSON.stringify(body, null, 2)}\n`
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  response.end(text)
}

/** The raw body, as the signature covers it byte for byte; refuses bodies over `limitBytes`. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limitBytes) throw new HttpError(413, `request body is larger than ${limitBytes} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Throws 401/503 unless the request carries `Authorization: Bearer <token>`. */
export function requireBearer(request: IncomingMessage, token: string | undefined, action: string): void {
  if (token === undefined) {
    throw new HttpError(503, `${action} is disabled: set REBUILD_TOKEN for the rebuild service to enable it`)
  }
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')
  // Comparing hashes keeps the comparison constant-time whatever length the caller sent.
  const digest = (value: string) => createHash('sha256').update(value).digest()
  if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(token))) {
    throw new HttpError(401, `${action} needs the header "Authorization: Bearer <REBUILD_TOKEN>"`, {
      'www-authenticate': 'Bearer',
    })
  }
}
