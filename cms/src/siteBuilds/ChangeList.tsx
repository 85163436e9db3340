import type { Change } from './describeChanges'
import type { SiteBuildsT } from './translations'

/** Shown in full up to this many; the rest is counted. */
const shownChanges = 5

/** "Published: Kaakkois-Suomen verkosto (Regional network)", one line per changed document. */
export function ChangeList({ changes, t }: { changes: Change[]; t: SiteBuildsT }) {
  const more = changes.length - shownChanges
  return (
    <ul className="site-builds__changes">
      {changes.slice(0, shownChanges).map((change) => (
        <li key={change.key}>
          {change.what}
          {change.title && (
            <>
              : <strong>{change.title}</strong>
            </>
          )}
          {change.collection && <> ({change.collection})</>}
        </li>
      ))}
      {more > 0 && <li>{t('siteBuilds:moreChanges', { count: more })}</li>}
    </ul>
  )
}
