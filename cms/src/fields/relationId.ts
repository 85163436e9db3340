/** The id of a relationship value as hooks and validators get it: a bare id or the related document. */
export function relationIdOf(value: unknown): string | number | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? (id === '' ? undefined : id) : undefined
}
