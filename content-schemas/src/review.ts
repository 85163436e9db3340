import * as z from 'zod'
import { dateSchema } from './fields'

/**
 * What the site may know of a document's review: when it was last checked (shown on its page) and
 * when it is next due (the build log lists the overdue). Never who is responsible: users are not
 * public, and the CMS does not give that field to anonymous reads. Missing on documents saved
 * before reviews existed.
 */
export const reviewSchema = z
  .object({
    lastReviewed: dateSchema.nullish(),
    nextReviewDue: dateSchema.nullish(),
  })
  .nullish()

/** A contact's review, with the end of the person's term (a network's chair's). */
export const contactReviewSchema = z
  .object({
    lastReviewed: dateSchema.nullish(),
    nextReviewDue: dateSchema.nullish(),
    termEnd: dateSchema.nullish(),
  })
  .nullish()

export type Review = z.infer<typeof reviewSchema>
