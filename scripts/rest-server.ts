import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

/**
 * A small read-only HTTP server for Payload's REST API, without Next: tests and benchmarks use it
 * to serve the real `/api/*` endpoints. Only GET and HEAD are forwarded; anything else is refused
 * here, so nothing can write through it even if access rules allowed it.
 *
 * Run it directly to serve the configured database: `tsx scripts/rest-server.ts` (REST_PORT, default 3001).
 */
export type RestServer = { url: string; close: () => Promise<void> }

type Options = ({ payload: Payload } | { config: SanitizedConfig | Promise<SanitizedConfig> }) & { port?: number }

export async function startRestServer(options: Options): Promise<RestServer> {
  const config = 'payload' in options ? options.payload.config : options.config
  const server = createServer((incoming, outgoing) => {
    forward(config, incoming, outgoing).catch((error: unknown) => {
      console.error(`rest-server: ${incoming.method} ${incoming.url} failed:`, error)
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ message: 'Internal error in the REST server; see its log' }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

async function forward(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`)
  if (!url.pathname.startsWith('/api/'))
    return reply(outgoing, 404, { message: `Not found: ${url.pathname} (only /api/* is served)` })
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
    return reply(outgoing, 405, { message: 'This REST server is read-only: only GET and HEAD are allowed' })
  }
  // Anonymous on purpose: the site must see exactly what the public sees.
  const request = new Request(url, {
    method: incoming.method,
    headers: { accept: String(incoming.headers.accept ?? '*/*') },
  })
  const response = await handleEndpoints({ config, request })
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    headers[key] = value
  })
  outgoing.writeHead(response.status, headers)
  outgoing.end(incoming.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()))
}

function reply(outgoing: ServerResponse, status: number, body: unknown): void {
  outgoing.writeHead(status, { 'content-type': 'application/json' })
  outgoing.end(JSON.stringify(body))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { default: config } = await import('@union/cms/config')
  const server = await startRestServer({ config, port: Number(process.env.REST_PORT ?? 3001) })
  console.log(`rest-server: Payload REST API at ${server.url}/api`)
}
