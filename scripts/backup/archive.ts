import { chmod, open, rename, rm } from 'node:fs/promises'
import { create, extract, list } from 'tar'
import { ArchiveRefused, manifestName } from './manifest'

/** Archive names sort by time, so the newest backups are the last names in BACKUP_DIR. */
const archivePattern = /^union-backup-\d{8}T\d{9}Z\.tar\.gz$/

export function archiveFileName(now: Date): string {
  return `union-backup-${now.toISOString().replace(/[-:.]/g, '')}.tar.gz`
}

export function isArchiveName(name: string): boolean {
  return archivePattern.test(name)
}

/**
 * Packs the staged backup (manifest first, then database/ and media/) into `target`. It is written
 * beside as `.partial` and renamed only when complete and on disk, so an interrupted backup never
 * leaves a file that looks like a backup.
 */
export async function writeArchive(staging: string, target: string): Promise<void> {
  const partial = `${target}.partial`
  try {
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, [manifestName, 'database', 'media'])
    // A backup holds personal data and password hashes: readable by its owner only.
    await chmod(partial, 0o600)
    const handle = await open(partial, 'r+')
    await handle.sync()
    await handle.close()
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/**
 * Unpacks an archive into `into`, refusing what a backup never holds: links, devices, paths that
 * climb out of the folder. `strict` turns tar's warnings about a damaged stream into errors.
 */
export async function extractArchive(archive: string, into: string): Promise<void> {
  const refused: string[] = []
  try {
    // Read the whole stream once before writing anything: a damaged archive fails here, and an
    // extraction that failed half-way could still be writing files while its folder is removed.
    await list({ file: archive, strict: true })
    await extract({
      file: archive,
      cwd: into,
      strict: true,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File'
        if (type === 'File' || type === 'Directory') return true
        refused.push(`${path} (${type})`)
        return false
      },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ArchiveRefused(`${archive} is damaged or not a .tar.gz backup (${reason}): use another backup`)
  }
  if (refused.length > 0) {
    throw new ArchiveRefused(`${archive} holds entries a backup never has: ${refused.slice(0, 5).join(', ')}`)
  }
}
