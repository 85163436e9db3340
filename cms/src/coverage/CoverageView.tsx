import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { coverageStates } from '@union/shared/coverage'
import { getLocale, isLocaleCode } from '@union/shared/locales'
import type { AdminViewServerProps } from 'payload'
import { documentEditUrl } from '../adminLinks'
import { collectionLabel, wordsIn } from '../adminWords'
import { chosenOrganisation } from '../organisations/chosenOrganisation'
import { CountsRow } from './CoverageCountsTable'
import { coverageLabels, stateLabels, stateMarks } from './labels'
import { coveredCollections, organisationCoverage } from './organisationCoverage'

const stateColours = {
  translated: 'var(--theme-success-100)',
  fallingBack: 'var(--theme-warning-100)',
  missing: 'var(--theme-error-100)',
} as const

/**
 * Admin → Translation coverage: every published document of the chosen organisation against its
 * site's languages, filtered by collection and language; each cell opens the document in that language.
 */
export async function CoverageView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { payload, i18n } = req
  const t = wordsIn(i18n)
  const organisation = await chosenOrganisation({ payload, user: req.user, headers: req.headers })
  const coverage = organisation ? await organisationCoverage(payload, organisation.id) : undefined
  const chosenCollection = coveredCollections.find((slug) => slug === searchParams?.collection)
  const chosenLocale = isLocaleCode(searchParams?.locale) ? searchParams.locale : undefined
  const locales = (coverage?.locales ?? []).filter((code) => !chosenLocale || code === chosenLocale)
  const labelOf = (slug: (typeof coveredCollections)[number]) => collectionLabel(payload, slug, i18n)
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t(coverageLabels.title)}</h1>
        {!coverage || !organisation ? (
          <p>{t(coverageLabels.noOrganisation)}</p>
        ) : (
          <>
            <p>
              {organisation.name}: {t(coverageLabels.intro)}{' '}
              {coverageStates.map((state) => `${stateMarks[state]} ${t(stateLabels[state])}`).join(' · ')}
            </p>
            <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', margin: '1rem 0' }}>
              <label>
                {t(coverageLabels.collection)}{' '}
                <select name="collection" defaultValue={chosenCollection ?? ''}>
                  <option value="">{t(coverageLabels.all)}</option>
                  {coveredCollections.map((slug) => (
                    <option key={slug} value={slug}>
                      {labelOf(slug)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t(coverageLabels.locale)}{' '}
                <select name="locale" defaultValue={chosenLocale ?? ''}>
                  <option value="">{t(coverageLabels.all)}</option>
                  {coverage.locales.map((code) => (
                    <option key={code} value={code}>
                      {getLocale(code).nativeName}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit">{t(coverageLabels.show)}</button>
            </form>
            {coverage.collections
              .filter((each) => !chosenCollection || each.collection === chosenCollection)
              .map(({ collection, documents, counts }) => (
                <section key={collection} data-collection={collection}>
                  <h2>{labelOf(collection)}</h2>
                  {documents.length === 0 ? (
                    <p>{t(coverageLabels.none)}</p>
                  ) : (
                    <table className="table">
                      <thead>
                        <tr>
                          <th scope="col">{t(coverageLabels.document)}</th>
                          {locales.map((code) => (
                            <th key={code} scope="col" lang={code}>
                              {code}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {documents.map((document) => (
                          <tr key={document.id}>
                            <th scope="row">{document.title}</th>
                            {locales.map((code) => {
                              const state = document.states[code]
                              return (
                                <td key={code} data-state={state} style={{ background: stateColours[state] }}>
                                  <a href={documentEditUrl(payload, collection, document.id, code)}>
                                    {stateMarks[state]} {t(stateLabels[state])}
                                  </a>
                                </td>
                              )
                            })}
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <CountsRow
                          heading={`${t(coverageLabels.total)} (${t(coverageLabels.countsKey)})`}
                          counts={counts}
                          locales={locales}
                        />
                      </tfoot>
                    </table>
                  )}
                </section>
              ))}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
