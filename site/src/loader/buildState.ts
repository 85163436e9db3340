import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AffectedRoutes } from '../lib/affectedRoutes'
import { parseContent, serializeContent } from './contentFile'
import type { ValidatedContent } from './validateContent'

/**
 * What a build leaves for the next one, in a folder beside its pages (`.build/` in the output,
 * which the site server does not serve): the validated content it was built from, so an
 * incremental build fetches only what changed, and (for an incremental build) the pages it
 * rendered and removed, which the publisher (publisher/src/build/) reads to assemble the new site.
 */
export const contentFile = 'content.jsonl'
export const affectedFile = 'affected.json'

export async function writeBuiltContent(folder: string, content: ValidatedContent): Promise<void> {
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, contentFile), serializeContent(content))
}

/**
 * During `astro build` the loader and the pages run in one process: the loader keeps the content
 * it validated here, and the pages take it from memory instead of parsing the file it just wrote
 * (240 MB on a 30,000-page site). Keyed by folder, so a stale value is never taken for another build.
 */
const inProcess = Symbol.for('union.site.builtContent')
type Kept = { folder: string; content: ValidatedContent }

export function keepInProcess(folder: string, content: ValidatedContent): void {
  ;(globalThis as { [inProcess]?: Kept })[inProcess] = { folder, content }
}

export function keptInProcess(folder: string): ValidatedContent | undefined {
  const kept = (globalThis as { [inProcess]?: Kept })[inProcess]
  return kept?.folder === folder ? kept.content : undefined
}

/** The content the previous build was made from, or undefined when it left none (or of another version). */
export async function readBuiltContent(folder: string): Promise<ValidatedContent | undefined> {
  const file = join(folder, contentFile)
  if (!existsSync(file)) return undefined
  return parseContent(await readFile(file))
}

export async function writeAffectedRoutes(folder: string, affected: AffectedRoutes): Promise<void> {
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, affectedFile), JSON.stringify(affected))
}
