import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AffectedRoutes, affectedRoutesSchema } from '@union/shared/messages/affectedRoutes'
import { affectedFile } from '../loader/buildState'
import { buildStateDir } from '../siteEnv'

/**
 * The pages an incremental build renders: the loader works out which pages the changes affect
 * (affectedRoutes) and writes them to the build's state folder before any page is rendered. Each
 * getStaticPaths passes its paths through `selectedRoutes`, so every other page is reused from
 * the previous build rather than rendered again. Without that file, every page is rendered.
 */
let selection: Set<string> | null | undefined

function readSelection(): Set<string> | null {
  if (!buildStateDir) return null
  let affected: AffectedRoutes
  try {
    affected = affectedRoutesSchema.parse(JSON.parse(readFileSync(join(buildStateDir, affectedFile), 'utf8')))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(`${join(buildStateDir, affectedFile)} cannot be read: ${(error as Error).message}`)
  }
  return affected.everything ? null : new Set(affected.render)
}

export function selectedRoutes<Path>(paths: Path[], routeOf: (path: Path) => string): Path[] {
  if (selection === undefined) selection = readSelection()
  const only = selection
  return only ? paths.filter((path) => only.has(routeOf(path))) : paths
}
