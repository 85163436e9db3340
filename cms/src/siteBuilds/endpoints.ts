import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { rebuildService } from '../env'

/**
 * The admin's window on the rebuild service: status and "rebuild now", proxied through the CMS so
 * the browser needs no access to the service and the service's token stays on the server.
 */
export const siteBuildEndpoints: Endpoint[] = [
  {
    path: '/site-builds/status',
    method: 'get',
    handler: (req) => forward(req, 'GET', '/status'),
  },
  {
    path: '/site-builds/rebuild',
    method: 'post',
    handler: (req) => forward(req, 'POST', '/rebuild'),
  },
]

async function forward(req: PayloadRequest, method: 'GET' | 'POST', path: string): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'editor'))
    return Response.json({ error: 'Only editors and admins see site builds.' }, { status: 403 })
  const headers: Record<string, string> = {}
  if (method === 'POST' && rebuildService.token) headers.Authorization = `Bearer ${rebuildService.token}`
  try {
    const response = await fetch(`${rebuildService.url}${path}`, { method, headers, signal: AbortSignal.timeout(5000) })
    return new Response(await response.text(), {
      status: response.status,
      headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/json' },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return Response.json(
      { error: `The rebuild service at ${rebuildService.url} does not answer (${reason}).` },
      { status: 502 },
    )
  }
}
