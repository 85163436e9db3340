import { headers } from 'next/headers'
import type { ServerProps } from 'payload'
import { collectionLabel, wordsIn } from '../adminWords'
import { chosenOrganisation } from '../organisations/chosenOrganisation'
import { CoverageCountsTable } from './CoverageCountsTable'
import { coverageLabels } from './labels'
import { organisationCoverage } from './organisationCoverage'

/** The dashboard's short coverage: per collection and language, translated/falling back/missing. */
export async function CoverageSummary({ payload, i18n, user }: ServerProps) {
  const t = wordsIn(i18n)
  const organisation = await chosenOrganisation({ payload, user, headers: await headers() })
  if (!organisation) return null
  const coverage = await organisationCoverage(payload, organisation.id)
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>
        {t(coverageLabels.title)}: {organisation.name}
      </h2>
      <CoverageCountsTable
        caption={t(coverageLabels.countsKey)}
        locales={coverage.locales}
        rows={coverage.collections.map(({ collection, counts }) => ({
          heading: collectionLabel(payload, collection, i18n),
          counts,
        }))}
      />
      <p>
        <a href={`${payload.config.routes.admin}/translation-coverage`}>{t(coverageLabels.openView)}</a>
      </p>
    </section>
  )
}
