import { contactSchema, regionalNetworkSchema } from '@union/content-schemas'
import { expect, test } from 'vitest'
import { asPublishedDraft } from '../src/loader/previewDraft'

/** A network's Swedish draft as the CMS answers the editor (draft=true, depth=1, logged in). */
const draftAsStaffReadIt = {
  id: 4,
  name: 'KaMuT',
  _status: 'draft',
  chairs: [
    { id: 11, name: 'Offentlig ordförande', publishable: true, _status: 'published', translatedLocales: ['sv'] },
    { id: 12, name: 'Hemlig person', email: 'hemlig@example.org', publishable: false, _status: 'published' },
    { id: 13, name: 'Ny kontakt, bara utkast', publishable: true, _status: 'draft' },
  ],
  contactPersons: [14],
  description: {
    root: {
      children: [{ type: 'relationship', value: { id: 21, title: 'Opublicerad sida', _status: 'draft' } }],
    },
  },
  socialLinks: [{ id: '6650a1b2c3d4e5f6a7b8c9d0', url: 'https://example.org/' }],
}

test('the previewed document counts as published, and related documents the public cannot read become bare ids', () => {
  const shown = asPublishedDraft(draftAsStaffReadIt) as typeof draftAsStaffReadIt
  expect(shown._status).toBe('published')
  expect(shown.name).toBe('KaMuT')
  expect(shown.chairs).toEqual([draftAsStaffReadIt.chairs[0], 12, 13])
  expect(JSON.stringify(shown)).not.toContain('hemlig@example.org')
  expect(shown.contactPersons).toEqual([14])
  expect(shown.description.root.children[0]!.value).toBe(21)
  // Rows of arrays and blocks (string ids) are not related documents.
  expect(shown.socialLinks).toEqual(draftAsStaffReadIt.socialLinks)
})

test('what is left passes the contract where the staff view would not', () => {
  const secret = draftAsStaffReadIt.chairs[1]
  expect(contactSchema.safeParse(secret).success, 'a contact not marked publishable breaks the contract').toBe(false)
  const chairs = (asPublishedDraft(draftAsStaffReadIt) as typeof draftAsStaffReadIt).chairs
  expect(regionalNetworkSchema.shape.chairs.safeParse(chairs).success).toBe(true)
  expect(regionalNetworkSchema.shape.chairs.safeParse(draftAsStaffReadIt.chairs).success).toBe(false)
})
