/** The id of a relationship value at depth=1: the related document or its bare id. */
export function relationId(value: number | { id: number } | null | undefined): number | undefined {
  if (value == null) return undefined
  return typeof value === 'number' ? value : value.id
}

/** Only the related documents the public may see: bare ids are documents the API withheld. */
export function populated<Doc extends object>(values: (number | Doc)[] | null | undefined): Doc[] {
  return (values ?? []).filter((value): value is Doc => typeof value === 'object')
}
