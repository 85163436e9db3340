import { existsSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises'
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
 * Copies the folder `from` into `to` as hard links, but for the top-level entries in `skip`: no
 * extra disk, and safe because nothing is ever written into a linked file, only replaced (rename)
 * or unlinked. `from` stays exactly as it was, so it can still be served or rolled back to.
 * Asynchronous, a few calls at a time, so the rebuild service stays responsive while it links.
 */
export async function linkTree(from: string, to: string, { skip = [] as string[] } = {}): Promise<number> {
  const files: string[] = []
  const folders: string[] = []
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const path = relative(from, join(entry.parentPath, entry.name))
    if (skip.includes(path.split('/')[0]!)) continue
    if (entry.isDirectory()) folders.push(path)
    else if (entry.isFile()) files.push(path)
  }
  await mkdir(to, { recursive: true })
  // Folders level by level, parents before their children; then the files.
  const levels: string[][] = []
  for (const folder of folders) {
    const depth = folder.split('/').length
    levels[depth] ??= []
    levels[depth].push(folder)
  }
  for (const level of levels) if (level) await inParallel(level, (folder) => mkdir(join(to, folder)))
  await inParallel(files, (path) => link(join(from, path), join(to, path)))
  return files.length
}

/** Runs `task` over `items`, `at` at a time (16 suits file system calls, which run on a small thread pool). */
export async function inParallel<T>(items: T[], task: (item: T) => Promise<unknown>, at = 16): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: at }, async () => {
      while (next < items.length) await task(items[next++] as T)
    }),
  )
}

/** The previous build's pages and files, linked into `target`: not its state, nor its search index. */
export function linkPreviousBuild(previous: string, target: string): Promise<number> {
  return linkTree(previous, target, { skip: [stateFolder, searchIndexFolder] })
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
