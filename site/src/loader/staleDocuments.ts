import { type Contact, contactSchema } from '@union/content-schemas'
import { dueState } from '@union/shared/freshness'
import { isUnreadRichText } from './contentFile'
import type { ValidatedContent } from './validateContent'

export type StaleDocument = {
  collection: string
  id: number
  title: string
  reason: 'review overdue' | 'term ended'
  /** The review's due date or the term's end, ISO. */
  date: string
}

/**
 * The published documents whose review is overdue, and the published contacts whose term has ended,
 * by the definition the admin's dashboard uses (@union/shared/freshness). Contacts reach the site
 * only inside the documents that name them, so they are found there.
 */
export function staleDocuments(content: ValidatedContent, now = new Date()): StaleDocument[] {
  const stale = new Map<string, StaleDocument>()
  for (const [collection, documents] of Object.entries(content.collections)) {
    for (const { doc } of documents) {
      const { id, review, title, name } = doc as {
        id: number
        review?: { nextReviewDue?: string | null } | null
        title?: string
        name?: string
      }
      const due = review?.nextReviewDue
      // Named by its first locale's title: the default locale's, when it has one.
      if (!due || dueState(due, now) !== 'overdue' || stale.has(`${collection}/${id}`)) continue
      stale.set(`${collection}/${id}`, {
        collection,
        id,
        title: title ?? name ?? `#${id}`,
        reason: 'review overdue',
        date: due,
      })
    }
  }
  for (const contact of collectContacts(content.collections).values()) {
    const termEnd = contact.review?.termEnd
    if (termEnd && dueState(termEnd, now) === 'overdue')
      stale.set(`contacts/${contact.id}`, {
        collection: 'contacts',
        id: contact.id,
        title: contact.name,
        reason: 'term ended',
        date: termEnd,
      })
  }
  return [...stale.values()].sort((a, b) => a.date.localeCompare(b.date))
}

/** The stale documents as the build log prints them, after the coverage table. */
export function staleReport(stale: StaleDocument[]): string {
  if (stale.length === 0) return 'Stale documents (review overdue, term ended): none'
  return [
    `Stale documents (review overdue, term ended): ${stale.length}`,
    ...stale.map(
      ({ collection, id, title, reason, date }) => `  ${collection} ${id} "${title}": ${reason} ${date.slice(0, 10)}`,
    ),
  ].join('\n')
}

function collectContacts(value: unknown, found = new Map<number, Contact>()): Map<number, Contact> {
  if (Array.isArray(value)) for (const entry of value) collectContacts(entry, found)
  else if (value && typeof value === 'object') {
    const contact = 'publishable' in value && 'name' in value ? contactSchema.safeParse(value) : undefined
    if (contact?.success) found.set(contact.data.id, contact.data)
    else {
      // Rich text taken unchanged from the previous build is not parsed for a report: contacts are fields.
      for (const key of Object.keys(value)) {
        if (!isUnreadRichText(value, key)) collectContacts((value as Record<string, unknown>)[key], found)
      }
    }
  }
  return found
}
