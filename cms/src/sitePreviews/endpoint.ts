import { collectionSlugs, organisationField } from '@union/shared/collections'
import { isPreviewable, type PreviewRequest, previewableCollections } from '@union/shared/sitePreview'
import type { Endpoint, PayloadRequest } from 'payload'
import { rebuildService } from '../env'
import { rebuildServiceOf } from '../siteBuilds/organisationService'
import { previewMessages, say } from './messages'

/** A preview builds the affected pages with Astro; on two busy cores that can take minutes. */
const previewTimeoutMs = 10 * 60_000

/**
 * POST /api/site-previews { collection, id }: builds a preview of the document's saved draft and
 * answers where it is served (shared/src/sitePreview.ts: PreviewAnswer). Only a user who can read
 * the document's draft gets one, and the build reads the draft with that user's own session, so
 * the preview shows nothing the user could not read in the admin. The rebuild service of the
 * document's organisation builds it, beside (never into) the live site.
 */
export const sitePreviewEndpoint: Endpoint = {
  path: '/site-previews',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language
    const refuse = (status: number, error: string) => Response.json({ error }, { status })
    if (!req.user) return refuse(401, say(previewMessages.notLoggedIn, language))
    const body = (await req.json?.().catch(() => undefined)) as { collection?: unknown; id?: unknown } | undefined
    const collection = body?.collection
    if (!isPreviewable(collection)) {
      return refuse(
        400,
        say(previewMessages.notPreviewable, language, {
          collection: String(collection),
          collections: previewableCollections.join(', '),
        }),
      )
    }
    const id = typeof body?.id === 'string' && /^\d+$/.test(body.id) ? Number(body.id) : body?.id
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) {
      return refuse(400, say(previewMessages.badId, language, { id: JSON.stringify(body?.id) }))
    }
    const document = await req.payload
      .findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        disableErrors: true,
      })
      .catch(() => null)
    if (!document) return refuse(404, say(previewMessages.notReadable, language, { collection, id: String(id) }))
    const authorization = sessionCredential(req)
    if (!authorization) return refuse(401, say(previewMessages.noCredential, language))

    const service = await rebuildServiceOf(req, await organisationOf(req, document))
    const preview: PreviewRequest = { collection, id, authorization }
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (rebuildService.token) headers.Authorization = `Bearer ${rebuildService.token}`
    try {
      const response = await fetch(`${service.url}/previews`, {
        method: 'POST',
        headers,
        body: JSON.stringify(preview),
        signal: AbortSignal.timeout(previewTimeoutMs),
      })
      const text = await response.text()
      const json = response.headers.get('Content-Type')?.includes('json')
        ? (JSON.parse(text) as unknown)
        : { error: text }
      return Response.json(json, { status: response.status })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return refuse(502, say(previewMessages.serviceDown, language, { url: service.url, reason }))
    }
  },
}

/** The organisation the document belongs to, as the rebuild service lookup needs it. */
async function organisationOf(req: PayloadRequest, document: object) {
  const owner = (document as Record<string, unknown>)[organisationField]
  const id = typeof owner === 'object' && owner !== null ? (owner as { id: number | string }).id : owner
  if (typeof id !== 'number' && typeof id !== 'string') return undefined
  const organisation = await req.payload.findByID({
    collection: collectionSlugs.organisations,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return organisation ?? undefined
}

/**
 * The user's own session token, as the REST API takes it: from the admin's cookie, or from the
 * Authorization header of a script that logged in. It expires with the session (Payload's
 * tokenExpiration), so a preview build cannot use it for long.
 */
function sessionCredential(req: PayloadRequest): string | undefined {
  const header = req.headers.get('Authorization') ?? ''
  const fromHeader = /^(?:JWT|Bearer) ([\w.-]+)$/.exec(header)?.[1]
  if (fromHeader) return `JWT ${fromHeader}`
  const cookieName = `${req.payload.config.cookiePrefix}-token`
  for (const part of (req.headers.get('Cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName && value.length > 0) return `JWT ${value.join('=')}`
  }
  return undefined
}
