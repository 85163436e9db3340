import { collectionSlugs, organisationField } from '@union/shared/collections'
import type { PayloadRequest, Where } from 'payload'

/** A redirect as the hooks handle it. */
export type StoredRedirect = { id: number; from: string; to: string }

/** Set on the request while a rename is recorded: the old address was just computed from what is published. */
export const recordingMove = 'recordingMovedAddress'

function ofOrganisation(organisation: number | string, where: Where): Where {
  return { and: [{ [organisationField]: { equals: organisation } }, where] }
}

export async function findRedirects(
  req: PayloadRequest,
  organisation: number | string,
  where: Where,
): Promise<StoredRedirect[]> {
  const found = await req.payload.find({
    collection: collectionSlugs.redirects,
    where: ofOrganisation(organisation, where),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as StoredRedirect[]
}

/**
 * Where following redirects from `start` ends, and the addresses passed on the way. `ignore` is
 * the redirect being saved, whose old version must not count. Stops at the first address seen
 * twice, which only an existing loop can cause.
 */
export async function followRedirects(
  req: PayloadRequest,
  organisation: number | string,
  start: string,
  ignore?: number | string,
): Promise<string[]> {
  const chain = [start]
  for (;;) {
    const current = chain[chain.length - 1]!
    const [next] = (await findRedirects(req, organisation, { from: { equals: current } })).filter(
      (redirect) => redirect.id !== ignore,
    )
    if (!next || chain.includes(next.to)) return next ? [...chain, next.to] : chain
    chain.push(next.to)
  }
}

/** Records that `from` has moved to `to`, replacing any redirect `from` had (its hooks shorten chains). */
export async function recordRedirect(
  req: PayloadRequest,
  organisation: number | string,
  from: string,
  to: string,
): Promise<void> {
  const context = { ...req.context, [recordingMove]: true }
  const [existing] = await findRedirects(req, organisation, { from: { equals: from } })
  if (existing) {
    if (existing.to === to) return
    await req.payload.update({
      collection: collectionSlugs.redirects,
      id: existing.id,
      data: { to, origin: 'automatic' },
      overrideAccess: true,
      context,
      req,
    })
    return
  }
  await req.payload.create({
    collection: collectionSlugs.redirects,
    data: { from, to, origin: 'automatic', [organisationField]: Number(organisation) },
    overrideAccess: true,
    context,
    req,
  })
}

/** Removes the redirects from addresses that are pages again: a page is never hidden behind a redirect. */
export async function dropRedirectsFrom(
  req: PayloadRequest,
  organisation: number | string,
  paths: string[],
): Promise<void> {
  if (paths.length === 0) return
  for (const redirect of await findRedirects(req, organisation, { from: { in: paths } })) {
    await req.payload.delete({ collection: collectionSlugs.redirects, id: redirect.id, overrideAccess: true, req })
  }
}

/** Redirects that led to `from` lead straight to `to` instead: a→b and then b→c give a→c, never a chain. */
export async function shortenChainsThrough(
  req: PayloadRequest,
  organisation: number | string,
  redirect: StoredRedirect,
): Promise<void> {
  const leadingHere = await findRedirects(req, organisation, {
    and: [{ to: { equals: redirect.from } }, { id: { not_equals: redirect.id } }],
  })
  for (const earlier of leadingHere) {
    if (earlier.from === redirect.to) {
      // b→a while a→b is saved: the older one would now lead to its own address.
      await req.payload.delete({ collection: collectionSlugs.redirects, id: earlier.id, overrideAccess: true, req })
      continue
    }
    await req.payload.update({
      collection: collectionSlugs.redirects,
      id: earlier.id,
      data: { to: redirect.to },
      overrideAccess: true,
      context: { ...req.context, [recordingMove]: true },
      req,
    })
  }
}
