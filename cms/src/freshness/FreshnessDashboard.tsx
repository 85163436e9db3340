import { headers } from 'next/headers'
import type { ServerProps } from 'payload'
import { documentEditUrl } from '../adminLinks'
import { collectionLabel, wordsIn } from '../adminWords'
import { chosenOrganisation } from '../organisations/chosenOrganisation'
import { type DueDocument, dueDocuments } from './dueDocuments'
import { freshnessLabels, reasonLabels } from './labels'

/**
 * The dashboard's freshness lists for the organisation chosen in the selector: what is overdue,
 * and what falls due within 30 days (a review, or a contact's term end), each linking to its document.
 */
export async function FreshnessDashboard({ payload, i18n, user }: ServerProps) {
  const t = wordsIn(i18n)
  const organisation = await chosenOrganisation({ payload, user, headers: await headers() })
  if (!organisation) return null
  const due = await dueDocuments(payload, { organisation: organisation.id })
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' })
  const list = (documents: DueDocument[], state: DueDocument['state']) => (
    <section data-freshness={state}>
      <h3>{t(freshnessLabels[state])}</h3>
      {documents.length === 0 ? (
        <p>{t(freshnessLabels.nothing)}</p>
      ) : (
        <ul>
          {documents.map((document) => (
            <li key={`${document.collection}-${document.id}-${document.reason}`}>
              <a href={documentEditUrl(payload, document.collection, document.id)}>{document.title}</a> (
              {collectionLabel(payload, document.collection, i18n)}): {t(reasonLabels[document.reason])}{' '}
              <time dateTime={document.due}>{date.format(new Date(document.due))}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>
        {t(freshnessLabels.title)}: {organisation.name}
      </h2>
      {list(
        due.filter((document) => document.state === 'overdue'),
        'overdue',
      )}
      {list(
        due.filter((document) => document.state === 'dueSoon'),
        'dueSoon',
      )}
    </section>
  )
}
