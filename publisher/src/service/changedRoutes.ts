import { readAffected, stateFolder } from '../build/assembleSite'

/**
 * The public paths a finished build rendered again because of its changes, read from what the
 * incremental build leaves in its output (`.build/affected.json`, written by the site's loader from
 * site/src/lib/affectedRoutes.ts). Null when it rendered every page: a full build, or a build
 * command that leaves no such file.
 */
export async function changedRoutes(outDir: string): Promise<string[] | null> {
  const affected = await readAffected(`${outDir}/${stateFolder}`).catch(() => undefined)
  if (!affected || affected.everything) return null
  return affected.render
}
