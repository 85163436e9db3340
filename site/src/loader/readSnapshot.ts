import { readFile } from 'node:fs/promises'
import type { ContentSnapshot } from './snapshot'

export async function readSnapshot(path: string): Promise<ContentSnapshot> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new Error(
      `CONTENT_SNAPSHOT=${path} cannot be read (${(error as NodeJS.ErrnoException).code}); write one with scripts/export-content.ts`,
    )
  }
  const snapshot = JSON.parse(text) as Partial<ContentSnapshot>
  if (typeof snapshot.collections !== 'object' || typeof snapshot.siteSettings !== 'object') {
    throw new Error(`CONTENT_SNAPSHOT=${path} is not a content snapshot: it has no "collections" and "siteSettings"`)
  }
  return snapshot as ContentSnapshot
}
