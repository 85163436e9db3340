/**
 * A document read for a preview (with the editor's credential and `draft=true`) as the preview
 * shows it: as the public would see it once published. The document itself counts as published.
 * Its relations come populated as staff may read them; one the public could not read (a document
 * not published, a contact not marked publishable: the CMS's access rules in cms/src/access) becomes
 * a bare id, as an anonymous read gives it, and the site leaves it out. So a preview neither shows
 * personal data the public site would not, nor fails the content contract over it.
 */
export function asPublishedDraft(doc: unknown): unknown {
  if (!isRecord(doc)) return doc
  const shown = publicView(doc, true)
  return isRecord(shown) && '_status' in shown ? { ...shown, _status: 'published' } : shown
}

function publicView(value: unknown, root: boolean): unknown {
  if (Array.isArray(value)) return value.map((entry) => publicView(entry, false))
  if (!isRecord(value)) return value
  // A populated document has a numeric id (rows of arrays and blocks have string ids).
  const related = !root && typeof value.id === 'number' && ('_status' in value || 'publishable' in value)
  if (related && (value._status !== 'published' || value.publishable === false)) return value.id
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, publicView(entry, false)]))
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
