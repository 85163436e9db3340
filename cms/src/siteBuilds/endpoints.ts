import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { rebuildService } from '../env'
import { unionT } from '../i18n/union'
import { organisationService } from './organisationService'

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

/** To the rebuild service of the organisation the user works on; the answer names that organisation. */
async function forward(req: PayloadRequest, method: 'GET' | 'POST', path: string): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'editor'))
    return Response.json({ error: unionT(req.i18n, 'union:siteBuildsForbidden') }, { status: 403 })
  const service = await organisationService(req)
  if (!service) return Response.json({ error: unionT(req.i18n, 'union:notYourOrganisation') }, { status: 403 })
  const headers: Record<string, string> = {}
  if (method === 'POST' && rebuildService.token) headers.Authorization = `Bearer ${rebuildService.token}`
  try {
    const response = await fetch(`${service.url}${path}`, { method, headers, signal: AbortSignal.timeout(5000) })
    const text = await response.text()
    const json = response.headers.get('Content-Type')?.includes('json') ? (JSON.parse(text) as unknown) : null
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      return new Response(text, { status: response.status, headers: { 'Content-Type': 'text/plain' } })
    return Response.json({ ...json, organisation: service.organisation }, { status: response.status })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return Response.json(
      {
        error: unionT(req.i18n, 'union:rebuildServiceDown', { url: service.url, reason }),
        organisation: service.organisation,
      },
      { status: 502 },
    )
  }
}
