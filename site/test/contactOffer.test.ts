import type { Contact } from '@union/content-schemas'
import { expect, test } from 'vitest'
import { contactOffer } from '../src/lib/contactOffer'

const person = (name: string, publishable: boolean) =>
  ({ id: name.length, name, publishable, translatedLocales: [], _status: 'published' }) as unknown as Contact
const prompt = 'Would you like to participate? Get in touch:'
const publicContact = { email: 'info@example.org', url: null, label: 'Member service' }

test('a prompt stands with the publishable contacts it leads to', () => {
  expect(contactOffer(prompt, [person('David Delahunty', true), 7], publicContact)).toEqual({
    kind: 'contacts',
    prompt,
    contacts: [person('David Delahunty', true)],
  })
})

test('without a publishable contact the organisation’s public contact is offered, not the prompt', () => {
  expect(contactOffer(prompt, [person('Isto Mäkelä', false), 3], publicContact)).toEqual({
    kind: 'public',
    publicContact,
  })
})

test('without either, nothing is said', () => {
  expect(contactOffer(prompt, [person('Isto Mäkelä', false)], undefined)).toBeUndefined()
  expect(contactOffer(prompt, [], { email: null, url: null, label: 'Member service' })).toBeUndefined()
})

test('contacts without a prompt are still listed; the public contact answers only a prompt', () => {
  expect(contactOffer(undefined, [person('Natalia Lomp', true)], undefined)).toMatchObject({ kind: 'contacts' })
  expect(contactOffer(undefined, [], publicContact)).toBeUndefined()
})
