import { isAbsolute, resolve } from 'node:path'
import { type DatabaseChoice, databaseChoice, dataDir, mediaDir } from '@union/cms/env'

/**
 * What `pnpm backup` and `pnpm restore` read from the environment, beside the CMS's own DATA_DIR and
 * DATABASE_URI (cms/src/env.ts), which say what is backed up and where it is restored to.
 *
 * BACKUP_DIR   where backups are written (default DATA_DIR/backups)
 * BACKUP_KEEP  after a successful backup, delete all but this many newest backups in BACKUP_DIR
 *              (default 0: keep every backup)
 */
export type BackupSettings = {
  database: DatabaseChoice
  dataDir: string
  mediaDir: string
  backupDir: string
  keep: number
}

export function readBackupSettings(env: Readonly<Record<string, string | undefined>> = process.env): BackupSettings {
  const keep = env.BACKUP_KEEP ? Number(env.BACKUP_KEEP) : 0
  if (!Number.isInteger(keep) || keep < 0) {
    throw new Error(
      `BACKUP_KEEP "${env.BACKUP_KEEP}" is not a whole number: say how many backups to keep, or 0 for all`,
    )
  }
  const configured = env.BACKUP_DIR
  return {
    database: databaseChoice(env.DATABASE_URI ?? ''),
    dataDir,
    mediaDir,
    backupDir: configured ? (isAbsolute(configured) ? configured : resolve(configured)) : resolve(dataDir, 'backups'),
    keep,
  }
}

/** The file behind a `file:` SQLite URL (`file:/abs`, `file:///abs` or `file:relative`), or null for any other. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null
  const path = decodeURIComponent(
    url
      .slice('file:'.length)
      .replace(/^\/\/(?=\/)/, '')
      .replace(/\?.*$/, ''),
  )
  return path === '' || path === ':memory:' ? null : resolve(path)
}
