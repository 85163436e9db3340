import { existsSync, linkSync, mkdirSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { type AffectedRoutes, affectedRoutesSchema } from '@union/shared/messages/affectedRoutes'

/** Folders of a build that are never carried over: its state (rewritten) and the search index (rebuilt). */
export const stateFolder = '.build'
export const searchIndexFolder = 'pagefind'
/** Written by the site's loader (site/src/loader/buildState.ts) in an incremental build. */
const affectedFile = 'affected.json'

/** Which pages an incremental build rendered and removed, or undefined after a full build. */
export async function readAffected(stateDir: string): Promise<AffectedRoutes | undefined> {
  const file = join(stateDir, affectedFile)
  if (!existsSync(file)) return undefined
  return affectedRoutesSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

/**
 * Copies the previous build into `target` as hard links: instant and without extra disk, and safe
 * because nothing is ever written into a linked file, only replaced (rename) or unlinked. The
 * previous build stays exactly as it was, so it can still be served or rolled back to.
 */
export async function linkPreviousBuild(previous: string, target: string): Promise<number> {
  const files: string[] = []
  const folders = new Set<string>()
  for (const entry of await readdir(previous, { recursive: true, withFileTypes: true })) {
    const path = relative(previous, join(entry.parentPath, entry.name))
    const top = path.split('/')[0]
    if (top === stateFolder || top === searchIndexFolder) continue
    if (entry.isDirectory()) folders.add(path)
    else if (entry.isFile()) files.push(path)
  }
  // Synchronous on purpose: tens of thousands of tiny calls, where promises cost more than the calls.
  for (const folder of [...folders].sort()) mkdirSync(join(target, folder), { recursive: true })
  for (const path of files) linkSync(join(previous, path), join(target, path))
  return files.length
}

/** Removes the pages of routes that no longer exist ("/sv/natverk/vanha/" → sv/natverk/vanha/index.html). */
export async function removeRoutes(site: string, routes: string[]): Promise<void> {
  for (const route of routes) {
    const file = join(site, decodeURIComponent(route), 'index.html')
    if (!file.startsWith(`${site}/`)) throw new Error(`refusing to remove ${route}: it is outside ${site}`)
    await rm(file, { force: true })
    await removeEmptyFolders(dirname(file), site)
  }
}

async function removeEmptyFolders(folder: string, root: string): Promise<void> {
  for (let current = folder; current !== root && current.startsWith(`${root}/`); current = dirname(current)) {
    if ((await readdir(current)).length > 0) return
    await rmdir(current)
  }
}

/**
 * Moves a build's rendered files over the same paths in `target`, replacing (never writing into) a
 * file. A folder `target` does not have yet moves in one rename, so a full build moves in a few.
 */
export async function overlay(rendered: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true })
  for (const entry of await readdir(rendered, { withFileTypes: true })) {
    const from = join(rendered, entry.name)
    const to = join(target, entry.name)
    if (entry.isDirectory() && existsSync(to)) await overlay(from, to)
    else await rename(from, to)
  }
}
