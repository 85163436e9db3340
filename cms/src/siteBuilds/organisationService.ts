import type { PayloadRequest } from 'payload'
import { rebuildService } from '../env'
import { chosenOrganisation } from '../organisations/chosenOrganisation'

export type OrganisationService = {
  organisation: { id: number | string; name: string; slug: string } | null
  url: string
}

/**
 * The rebuild service of the organisation the user works on: the one chosen in the admin's
 * organisation selector, else the user's first. Each organisation's site has its own service, the
 * receiver of the Standard Webhooks target linked to that organisation; without one, REBUILD_URL.
 * Undefined when the chosen organisation is not the user's.
 */
export async function organisationService(req: PayloadRequest): Promise<OrganisationService | undefined> {
  const organisation = await chosenOrganisation({ payload: req.payload, user: req.user, headers: req.headers })
  if (organisation === undefined) return undefined
  return rebuildServiceOf(req, organisation ?? undefined)
}

/** The rebuild service of an organisation's site (or REBUILD_URL, for none or one without a target). */
export async function rebuildServiceOf(
  req: PayloadRequest,
  organisation: { id: number | string; name: string; slug: string } | undefined,
): Promise<OrganisationService> {
  if (!organisation) return { organisation: null, url: rebuildService.url }
  const targets = await req.payload.find({
    collection: 'webhook-targets',
    where: {
      and: [
        { enabled: { equals: true } },
        { format: { equals: 'standard-webhooks' } },
        { organisation: { equals: organisation.id } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const target = targets.docs[0]
  return {
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    url: target ? new URL(target.url).origin : rebuildService.url,
  }
}
