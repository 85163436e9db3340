import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { rebuildService } from '../env'
import { organisationService } from './organisationService'
import { siteBuildsT } from './translations'

/**
 * The admin's window on the rebuild service: status, "rebuild now" and "roll back to this build",
 * proxied through the CMS so the browser needs no access to the service and the service's token
 * stays on the server.
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
  {
    // Putting an older build back in front of the public is an admin's decision, not an editor's.
    path: '/site-builds/rollback/:buildId',
    method: 'post',
    handler: (req) => {
      if (!hasRole(req.user, 'admin')) return refuse(req, 'siteBuilds:onlyAdminsRollBack')
      const buildId = String(req.routeParams?.buildId ?? '')
      return forward(req, 'POST', `/rollback/${encodeURIComponent(buildId)}`)
    },
  },
]

function refuse(
  req: PayloadRequest,
  key: 'siteBuilds:onlyAdminsRollBack' | 'siteBuilds:onlyEditors' | 'siteBuilds:notYourOrganisation',
) {
  return Response.json({ error: siteBuildsT(req.t)(key) }, { status: 403 })
}

/** To the rebuild service of the organisation the user works on; the answer names that organisation. */
async function forward(req: PayloadRequest, method: 'GET' | 'POST', path: string): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'editor')) return refuse(req, 'siteBuilds:onlyEditors')
  const service = await organisationService(req)
  if (!service) return refuse(req, 'siteBuilds:notYourOrganisation')
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
        error: siteBuildsT(req.t)('siteBuilds:serviceDown', { url: service.url, reason }),
        organisation: service.organisation,
      },
      { status: 502 },
    )
  }
}
