import type { BuildTrigger } from '@union/shared/messages/rebuildStatus'
import type { SiteBuildsT } from './translations'

/** What the view needs to name things in the user's language, worked out by the server view. */
export type Names = {
  t: SiteBuildsT
  collectionLabels: Record<string, string>
  localeLabels: Record<string, string>
  /** The admin's content locale: a document is named by its title in it, else in Finnish, else any. */
  contentLocale: string | null
}

export type Change = {
  key: string
  /** "Published", "Unpublished", "Deleted", or a rebuild of the whole site. */
  what: string
  /** The document's title, or "untitled (id 7)". */
  title: string | null
  collection: string | null
  by: string
}

/**
 * The changes a build (or the queue) covers, one per document and kind of change: a burst of
 * twenty publishes of one page is one change, named with its latest publisher.
 */
export function describeChanges(triggers: BuildTrigger[], names: Names): Change[] {
  const changes = new Map<string, Change>()
  for (const trigger of triggers) {
    const change = describeChange(trigger, names)
    changes.delete(change.key)
    changes.set(change.key, change)
  }
  return [...changes.values()]
}

function describeChange(trigger: BuildTrigger, names: Names): Change {
  const { t } = names
  if (trigger.source === 'manual') {
    return {
      key: `manual ${trigger.receivedAt}`,
      what: t('siteBuilds:manualRebuild'),
      title: null,
      collection: null,
      by: '',
    }
  }
  const collection = trigger.collection
    ? (names.collectionLabels[trigger.collection] ?? trigger.collection)
    : trigger.global
      ? (names.collectionLabels[trigger.global] ?? trigger.global)
      : null
  return {
    key: `${trigger.type} ${trigger.collection ?? trigger.global} ${trigger.id}`,
    what: t(`siteBuilds:type_${trigger.type}`),
    title: titleIn(trigger.titles, names.contentLocale) ?? t('siteBuilds:untitled', { id: trigger.id ?? '' }),
    collection,
    by: trigger.scheduled ? t('siteBuilds:scheduled') : (trigger.publishedBy ?? t('siteBuilds:noPublisher')),
  }
}

export function titleIn(titles: Record<string, string> | undefined, locale: string | null): string | undefined {
  if (!titles) return undefined
  return (locale ? titles[locale] : undefined) ?? titles.fi ?? Object.values(titles)[0]
}

/** Who published what a build covers, each named once ("Eeva Editor, scheduled"). */
export function publishers(changes: Change[]): string {
  return [...new Set(changes.map((change) => change.by).filter(Boolean))].join(', ')
}
