import { linkSync, mkdirSync } from 'node:fs'
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** Folders of a build that are never carried over: its state (rewritten) and the search index (rebuilt). */
export const stateFolder = '.build'
export const searchIndexFolder = 'pagefind'

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

/** Moves every file of a partial build over the same paths in `target` (replacing, never writing into, a file). */
export async function overlay(rendered: string, target: string): Promise<void> {
  for (const entry of await readdir(rendered, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const from = join(entry.parentPath, entry.name)
    const to = join(target, relative(rendered, from))
    await mkdir(dirname(to), { recursive: true })
    await rename(from, to)
  }
}
