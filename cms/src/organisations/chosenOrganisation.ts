import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'
import { collectionSlugs } from '@union/shared/collections'
import type { Payload, TypedUser } from 'payload'
import { seesEveryOrganisation, userOrganisations } from './plugin'

export type ChosenOrganisation = { id: number; name: string; slug: string }

/**
 * The organisation the user works on in the admin: the one chosen in the organisation selector
 * (its cookie), else the user's first (an admin's: the first of all). Null when there is none;
 * undefined when the chosen organisation is not the user's.
 */
export async function chosenOrganisation({
  payload,
  user,
  headers,
}: {
  payload: Payload
  user: TypedUser | null | undefined
  headers: Headers
}): Promise<ChosenOrganisation | null | undefined> {
  const own = getUserTenantIDs(user as never, {
    tenantsArrayFieldName: userOrganisations.arrayFieldName,
    tenantsArrayTenantFieldName: userOrganisations.arrayTenantFieldName,
  }).map(String)
  const everyOrganisation = seesEveryOrganisation(user)
  const chosen = getTenantFromCookie(headers, payload.db.defaultIDType)
  if (chosen !== null && !everyOrganisation && !own.includes(String(chosen))) return undefined
  const organisations = await payload.find({
    collection: collectionSlugs.organisations,
    where: chosen !== null ? { id: { equals: chosen } } : everyOrganisation ? {} : { id: { in: own } },
    sort: 'id',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const organisation = organisations.docs[0]
  return organisation ? { id: organisation.id, name: organisation.name, slug: organisation.slug } : null
}
