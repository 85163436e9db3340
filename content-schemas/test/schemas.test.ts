import { expect, test } from 'vitest'
import {
  contactSchema,
  documentAvailabilitySchema,
  internationalPartnerSchema,
  pageSchema,
  siteSettingsSchema,
} from '../src'

/** What the contract refuses, without a CMS: the cases a site must never render. */
const published = { id: 1, translatedLocales: ['fi'], updatedAt: '2026-01-01T00:00:00.000Z', _status: 'published' }

test('a contact not marked publishable breaks the contract', () => {
  const contact = { ...published, name: 'Private Person', publishable: false }
  expect(contactSchema.safeParse(contact).success).toBe(false)
  expect(contactSchema.safeParse({ ...contact, publishable: true }).success).toBe(true)
})

test('drafts never count as available', () => {
  expect(documentAvailabilitySchema.safeParse({ ...published, _status: 'draft' }).success).toBe(false)
})

test('missing translatedLocales means translated nowhere', () => {
  expect(documentAvailabilitySchema.parse({ ...published, translatedLocales: null }).translatedLocales).toEqual([])
})

test('a page slug must be a slug, in any script', () => {
  const page = { ...published, title: 'Otsikko', slug: 'Not A Slug' }
  expect(pageSchema.safeParse(page).success).toBe(false)
  expect(pageSchema.safeParse({ ...page, slug: 'التعاون-الدولي' }).success).toBe(true)
})

test('cooperation projects without a title in this locale are left out, other fields still checked', () => {
  const partner = {
    ...published,
    name: 'SAK',
    slug: 'sak',
    kind: 'confederation',
    scope: 'national',
    relationship: 'cooperation',
    status: 'active',
  }
  const parsed = internationalPartnerSchema.parse({
    ...partner,
    cooperationProjects: [{ title: null, places: ['Hà Nội'] }, { title: 'Hanke' }],
  })
  expect(parsed.cooperationProjects?.map((project) => project.title)).toEqual(['Hanke'])
  expect(internationalPartnerSchema.safeParse({ ...partner, website: 'javascript:alert(1)' }).success).toBe(false)
})

test('the public contact channel is optional, and its address is a web address', () => {
  const settings = { organisation: { name: 'JHL' }, translatedLocales: ['fi'], _status: 'published' }
  expect(siteSettingsSchema.safeParse(settings).success).toBe(true)
  const publicContact = { email: 'info@example.org', url: 'https://www.jhl.fi', label: 'Jäsenpalvelu' }
  expect(siteSettingsSchema.parse({ ...settings, publicContact }).publicContact).toEqual(publicContact)
  expect(siteSettingsSchema.safeParse({ ...settings, publicContact: { url: 'javascript:alert(1)' } }).success).toBe(
    false,
  )
})
