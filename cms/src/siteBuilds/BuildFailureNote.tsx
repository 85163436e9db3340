import type { BuildRecord } from '@union/shared/messages/rebuildStatus'
import { explainFailure } from './buildFailure'
import type { Names } from './describeChanges'
import { titleIn } from './describeChanges'

/** A failed build in plain language first; the service's full error behind a disclosure. */
export function BuildFailureNote({ build, names }: { build: BuildRecord; names: Names }) {
  const { t } = names
  const error = build.error ?? ''
  return (
    <div className="site-builds__failure" data-testid="build-failure">
      <p>
        {sentence(error, build, names)} {t('siteBuilds:liveUnchanged')}
      </p>
      {error && (
        <details>
          <summary>{t('siteBuilds:details')}</summary>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{error}</pre>
        </details>
      )}
    </div>
  )
}

function sentence(error: string, build: BuildRecord, names: Names): string {
  const { t } = names
  const failure = explainFailure(error)
  if (failure.kind === 'cms') return t('siteBuilds:failedCms')
  if (failure.kind === 'unexpected') return t('siteBuilds:failedUnexpected')
  const [first] = failure.problems
  if (!first) return t('siteBuilds:failedUnexpected')
  const documents = new Set(failure.problems.map((problem) => `${problem.collection} ${problem.id}`))
  return t('siteBuilds:failedContract', {
    count: documents.size,
    document: documentName(first.collection, first.id, build, names),
    problem: t('siteBuilds:contractProblem', {
      field: first.field,
      locale: names.localeLabels[first.locale] ?? first.locale,
      reason: first.reason,
    }),
  })
}

/** `"KaMuT" (Regional network)` when the build's own changes name the document, else its label and id. */
function documentName(collection: string, id: string, build: BuildRecord, names: Names): string {
  const label = names.collectionLabels[collection] ?? collection
  const trigger = build.triggers.find(
    (candidate) => candidate.source === 'webhook' && candidate.collection === collection && String(candidate.id) === id,
  )
  const title = trigger?.source === 'webhook' ? titleIn(trigger.titles, names.contentLocale) : undefined
  return title ? `"${title}" (${label})` : `${label} ${id}`
}
