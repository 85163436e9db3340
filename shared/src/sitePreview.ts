import { collectionSlugs } from './collections'

/**
 * A preview of a draft, asked of the rebuild service by the CMS (POST /previews) and answered to
 * the admin's Preview button through the CMS (POST /api/site-previews). Typed once for both ends;
 * the service checks what it receives with parsePreviewRequest.
 */

/** The collections whose documents are pages of the site, and so can be previewed. */
export const previewableCollections = [
  collectionSlugs.regionalNetworks,
  collectionSlugs.internationalPartners,
  collectionSlugs.actionPlans,
  collectionSlugs.actionPlanTargets,
  collectionSlugs.pages,
] as const

export type PreviewableCollection = (typeof previewableCollections)[number]

export const isPreviewable = (collection: unknown): collection is PreviewableCollection =>
  (previewableCollections as readonly unknown[]).includes(collection)

export type PreviewRequest = {
  collection: PreviewableCollection
  id: number
  /**
   * The editor's own credential, as the CMS's REST API takes it (`JWT <token>`): the build reads the
   * draft with it, so the preview shows no more than the editor may read, and only while their
   * session lasts.
   */
  authorization: string
}

/** A built preview: where it is served (the address carries its signed, expiring token). */
export type PreviewAnswer = {
  /** The preview of the whole site, with the draft in it. */
  url: string
  /** The pages the draft changes, the document's own first, each in the preview. */
  pages: string[]
  expiresAt: string
}

export type PreviewError = { error: string }

/** The request as the service must receive it, or an Error saying what is wrong with it. */
export function parsePreviewRequest(body: unknown): PreviewRequest {
  if (typeof body !== 'object' || body === null) throw new Error('the body must be a JSON object')
  const { collection, id, authorization } = body as Record<string, unknown>
  if (!isPreviewable(collection)) {
    throw new Error(
      `"collection" must be one of ${previewableCollections.join(', ')}; got ${JSON.stringify(collection)}`,
    )
  }
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) {
    throw new Error(`"id" must be a document id (a whole number); got ${JSON.stringify(id)}`)
  }
  if (typeof authorization !== 'string' || !/^JWT [\w.-]+$/.test(authorization)) {
    throw new Error('"authorization" must be the editor\'s credential, "JWT <token>"')
  }
  return { collection, id, authorization }
}
