import type { Contact, PublicContact } from '@union/content-schemas'
import { populated } from './relations'

/**
 * What follows a sentence that leads to a contact ("Would you like to participate? Get in touch:").
 * The sentence stands only with a publishable contact after it. Without one, the page offers the
 * organisation's public contact in words of its own, since the sentence may name someone else
 * ("send an e-mail to the regional office:"); without that either, nothing is said. A contact not
 * marked publishable is personal data and never counts.
 */
export type ContactOffer =
  | { kind: 'contacts'; prompt?: string; contacts: Contact[] }
  | { kind: 'public'; publicContact: PublicContact }
  | undefined

export function contactOffer(
  prompt: string | null | undefined,
  contacts: (number | Contact)[] | null | undefined,
  publicContact: PublicContact | null | undefined,
): ContactOffer {
  const visible = populated(contacts).filter((contact) => contact.publishable)
  if (visible.length > 0) return { kind: 'contacts', ...(prompt ? { prompt } : {}), contacts: visible }
  if (prompt && (publicContact?.email || publicContact?.url)) return { kind: 'public', publicContact }
  return undefined
}
