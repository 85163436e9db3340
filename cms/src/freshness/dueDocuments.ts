import { collectionSlugs, organisationField } from '@union/shared/collections'
import { type DueState, dueSoonDays, dueSoonHorizon, dueState } from '@union/shared/freshness'
import type { Payload, Where } from 'payload'
import { documentTitle } from '../documentTitle'

/** The collections with a review group (cms/src/fields/review.ts); contacts also have a term end. */
export const reviewedCollections = [
  collectionSlugs.regionalNetworks,
  collectionSlugs.internationalPartners,
  collectionSlugs.actionPlans,
  collectionSlugs.actionPlanTargets,
  collectionSlugs.pages,
  collectionSlugs.contacts,
] as const

export type ReviewedCollection = (typeof reviewedCollections)[number]

/** What comes due: the next review, or a contact's term end. */
export type DueReason = 'reviewDue' | 'termEnd'

export type DueDocument = {
  collection: ReviewedCollection
  id: number
  title: string
  organisation: number
  reason: DueReason
  /** ISO date. */
  due: string
  state: DueState
  responsible: number | null
}

/**
 * The documents whose review is overdue or falls due within `withinDays` (or whose contact's term
 * ends then), soonest first: of one organisation, of one responsible person, or of all. Read as
 * staff see them (the newest version, draft or not), since that is where a review is recorded.
 */
export async function dueDocuments(
  payload: Payload,
  {
    now = new Date(),
    withinDays = dueSoonDays,
    organisation,
    responsible,
  }: { now?: Date; withinDays?: number; organisation?: number; responsible?: number } = {},
): Promise<DueDocument[]> {
  const horizon = dueSoonHorizon(now, withinDays)
  const perCollection = await Promise.all(
    reviewedCollections.map(async (collection) => {
      const reasons: [DueReason, string][] = [['reviewDue', 'review.nextReviewDue']]
      if (collection === collectionSlugs.contacts) reasons.push(['termEnd', 'review.termEnd'])
      const conditions: Where[] = [{ or: reasons.map(([, field]) => ({ [field]: { less_than_equal: horizon } })) }]
      if (organisation !== undefined) conditions.push({ [organisationField]: { equals: organisation } })
      if (responsible !== undefined) conditions.push({ 'review.responsible': { equals: responsible } })
      const found = await payload.find({
        collection,
        where: { and: conditions },
        draft: true,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      return found.docs.flatMap((doc): DueDocument[] => {
        const fields = doc as unknown as Record<string, unknown> & {
          review?: { nextReviewDue?: string | null; termEnd?: string | null; responsible?: unknown } | null
        }
        return reasons.flatMap(([reason]) => {
          const due = reason === 'reviewDue' ? fields.review?.nextReviewDue : fields.review?.termEnd
          const state = dueState(due, now, withinDays)
          if (!due || !state) return []
          return [
            {
              collection,
              id: doc.id,
              title: documentTitle(payload, collection, doc),
              organisation: idOf(fields[organisationField]) ?? 0,
              reason,
              due,
              state,
              responsible: idOf(fields.review?.responsible),
            },
          ]
        })
      })
    }),
  )
  return perCollection.flat().sort((a, b) => a.due.localeCompare(b.due))
}

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'number') return value.id
  return null
}
