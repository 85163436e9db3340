import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isArchiveName } from './archive'

/** Deletes all but the `keep` newest backups in `backupDir` (0 keeps all); returns what it deleted. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  if (keep === 0) return []
  const archives = (await readdir(backupDir)).filter(isArchiveName).sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep)).map((name) => join(backupDir, name))
  for (const file of old) await rm(file)
  return old
}
