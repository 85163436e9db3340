import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'tar'
import { writeArchive } from '../../backup/archive'
import type { BackupSettings } from '../../backup/config'
import { type BackupManifest, describeFiles, manifestName, newManifest } from '../../backup/manifest'

/** A data folder of its own (SQLite file, media folder), as restore sees the CMS's. */
export function tempDataFolder(): BackupSettings {
  const dataDir = mkdtempSync(join(tmpdir(), 'union-restore-'))
  return {
    database: { kind: 'sqlite', url: `file:${join(dataDir, 'cms.db')}` },
    dataDir,
    mediaDir: join(dataDir, 'media'),
    backupDir: join(dataDir, 'backups'),
    keep: 0,
  }
}

export type StagedBackup = { staging: string; manifest: BackupManifest }

/**
 * A backup staged as `pnpm backup` stages one (database copy, media files, manifest of their sizes
 * and hashes), with made-up bytes for the database: restore checks the archive, not SQL.
 */
export async function stageBackup(kind: 'sqlite' | 'mongodb' = 'sqlite'): Promise<StagedBackup> {
  const staging = mkdtempSync(join(tmpdir(), 'union-staged-'))
  mkdirSync(join(staging, 'database'))
  mkdirSync(join(staging, 'media', 'nested'), { recursive: true })
  const databaseFile = kind === 'sqlite' ? 'database/cms.db' : 'database/mongodump.archive.gz'
  writeFileSync(join(staging, databaseFile), randomBytes(64 * 1024))
  writeFileSync(join(staging, 'media', 'banner.webp'), randomBytes(20 * 1024))
  writeFileSync(join(staging, 'media', 'nested', 'banner-320x240.webp'), randomBytes(4 * 1024))
  const manifest = newManifest({
    createdAt: new Date().toISOString(),
    database:
      kind === 'sqlite'
        ? { kind, file: databaseFile, journalMode: 'wal' }
        : { kind, file: databaseFile, tool: 'mongodump --archive --gzip' },
    migrations: [{ name: 'dev', batch: -1 }],
    missingMediaFiles: [],
    files: await describeFiles(staging),
  })
  writeFileSync(join(staging, manifestName), JSON.stringify(manifest))
  return { staging, manifest }
}

/** Packs a staged backup the way `pnpm backup` does. */
export async function packBackup(staged: StagedBackup, into: string): Promise<string> {
  const file = join(into, `union-backup-${Date.now()}.tar.gz`)
  await writeArchive(staged.staging, file)
  return file
}

/** Packs whatever is in `staging` as a plain tar.gz, to build archives `pnpm backup` never writes. */
export async function packAnything(staging: string, into: string, entries: string[]): Promise<string> {
  const file = join(into, `other-${Date.now()}.tar.gz`)
  await create({ gzip: true, file, cwd: staging }, entries)
  return file
}
