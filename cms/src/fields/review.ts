import { collectionSlugs } from '@union/shared/collections'
import type { DateField, Field, GroupField } from 'payload'

const day: DateField['admin'] = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' } }

/**
 * When a document was last checked, when it is next due, and who looks after it; on contacts also
 * when the person's term ends (a network's chair). Not localized: a review covers the document in
 * every language. The dashboard, the build log and the weekly reminder mail read these fields
 * (cms/src/freshness). The responsible person is a user, and users are not public: the field is
 * hidden from anonymous reads, so the site never sees who it is.
 */
export function reviewField({ termEnd = false }: { termEnd?: boolean } = {}): GroupField {
  const fields: Field[] = [
    {
      name: 'lastReviewed',
      type: 'date',
      label: { fi: 'Viimeksi tarkistettu', sv: 'Senast granskad', en: 'Last reviewed' },
      admin: {
        ...day,
        description: {
          fi: 'Näytetään sivustolla sivun kielellä.',
          sv: 'Visas på webbplatsen på sidans språk.',
          en: "Shown on the site in the page's language.",
        },
      },
    },
    {
      name: 'nextReviewDue',
      type: 'date',
      label: { fi: 'Seuraava tarkistus viimeistään', sv: 'Nästa granskning senast', en: 'Next review due' },
      admin: day,
    },
    {
      name: 'responsible',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      label: { fi: 'Vastuuhenkilö', sv: 'Ansvarig person', en: 'Responsible person' },
      access: { read: ({ req }) => Boolean(req.user) },
      admin: {
        description: {
          fi: 'Saa viikoittain muistutuksen erääntyneistä tarkistuksista. Ei näy sivustolla.',
          sv: 'Får en påminnelse varje vecka om förfallna granskningar. Visas inte på webbplatsen.',
          en: 'Gets a weekly reminder of overdue reviews. Never shown on the site.',
        },
      },
    },
  ]
  if (termEnd)
    fields.push({
      name: 'termEnd',
      type: 'date',
      label: { fi: 'Toimikausi päättyy', sv: 'Mandatperioden slutar', en: 'Term ends' },
      admin: {
        ...day,
        description: {
          fi: 'Esimerkiksi verkoston puheenjohtajan toimikauden loppu.',
          sv: 'Till exempel när nätverksordförandens mandatperiod slutar.',
          en: "For example, when a network chair's term ends.",
        },
      },
    })
  return {
    name: 'review',
    type: 'group',
    label: { fi: 'Ajantasaisuus', sv: 'Aktualitet', en: 'Freshness' },
    admin: { position: 'sidebar' },
    fields,
  }
}
