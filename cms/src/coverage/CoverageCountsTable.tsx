import type { CoverageCounts } from '@union/shared/coverage'
import type { LocaleCode } from '@union/shared/locales'

/** One row of counts, `translated/falling back/missing` per locale, as the build's table prints them. */
export function CountsRow({
  heading,
  counts,
  locales,
}: {
  heading: string
  counts: Record<LocaleCode, CoverageCounts>
  locales: readonly LocaleCode[]
}) {
  return (
    <tr>
      <th scope="row">{heading}</th>
      {locales.map((code) => {
        const { translated, fallingBack, missing } = counts[code]
        return (
          <td key={code} data-locale={code}>
            {translated}/{fallingBack}/{missing}
          </td>
        )
      })}
    </tr>
  )
}

/** Collections by locale, each cell `translated/falling back/missing`: the dashboard's summary. */
export function CoverageCountsTable({
  caption,
  rows,
  locales,
}: {
  caption: string
  rows: { heading: string; counts: Record<LocaleCode, CoverageCounts> }[]
  locales: readonly LocaleCode[]
}) {
  return (
    <table className="table">
      <caption style={{ textAlign: 'start' }}>{caption}</caption>
      <thead>
        <tr>
          <td />
          {locales.map((code) => (
            <th key={code} scope="col">
              {code}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <CountsRow key={row.heading} {...row} locales={locales} />
        ))}
      </tbody>
    </table>
  )
}
