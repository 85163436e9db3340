import { constants, existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { archiveFileName, writeArchive } from './archive'
import type { BackupSettings } from './config'
import { type BackupManifest, describeFiles, filesUnder, manifestName, newManifest } from './manifest'
import { runMongoTool } from './mongoTools'
import { pruneBackups } from './retention'
import { snapshotSqlite } from './sqliteSnapshot'

export type BackupResult = { file: string; manifest: BackupManifest; pruned: string[] }

/** What the database part of a backup staged: its manifest entry and what it found about media. */
type StagedDatabase = Pick<BackupManifest, 'database' | 'migrations' | 'missingMediaFiles'>

const sqliteFile = 'database/cms.db'
const mongoFile = 'database/mongodump.archive.gz'

/**
 * A backup of a SQLite CMS, taken through the Payload `payload` (initialised from the project
 * config on the same database), safe while the CMS runs: the database is copied at one moment,
 * then the media folder. An upload deleted between the two would leave the copy naming a file the
 * archive lacks, so then both are taken again; a file still missing after that was missing before
 * the backup began, and is listed in the manifest rather than failing every backup.
 */
export async function backupSqlite(payload: Payload, settings: BackupSettings, now = new Date()) {
  return writeBackup(settings, now, async (staging) => {
    for (let attempt = 1; ; attempt++) {
      await rm(join(staging, 'database'), { recursive: true, force: true })
      await rm(join(staging, 'media'), { recursive: true, force: true })
      await mkdir(join(staging, 'database'))
      const snapshot = await snapshotSqlite(payload, join(staging, sqliteFile), settings.mediaDir)
      await copyMedia(settings.mediaDir, join(staging, 'media'))
      const copied = new Set(await filesUnder(join(staging, 'media')))
      const missing = snapshot.mediaFiles.filter((file) => !copied.has(file))
      if (missing.length === 0 || attempt === 3) {
        return {
          database: { kind: 'sqlite', file: sqliteFile, journalMode: snapshot.journalMode },
          migrations: snapshot.migrations,
          missingMediaFiles: missing,
        }
      }
    }
  })
}

/** A backup of a MongoDB CMS: mongodump's gzipped archive of the database, then the media folder. */
export async function backupMongo(settings: BackupSettings, now = new Date()) {
  return writeBackup(settings, now, async (staging) => {
    await mkdir(join(staging, 'database'))
    await runMongoTool('mongodump', settings.database.url, [`--archive=${join(staging, mongoFile)}`, '--gzip'])
    await copyMedia(settings.mediaDir, join(staging, 'media'))
    return {
      database: { kind: 'mongodb', file: mongoFile, tool: 'mongodump --archive --gzip' },
      migrations: null,
      missingMediaFiles: [],
    }
  })
}

/**
 * Stages the backup in a folder inside BACKUP_DIR (so nothing half-written lands elsewhere),
 * describes every file in the manifest, packs the archive and prunes old ones.
 */
async function writeBackup(
  settings: BackupSettings,
  now: Date,
  stageDatabase: (staging: string) => Promise<StagedDatabase>,
): Promise<BackupResult> {
  await mkdir(settings.backupDir, { recursive: true, mode: 0o700 })
  const staging = await mkdtemp(join(settings.backupDir, '.staging-'))
  try {
    const database = await stageDatabase(staging)
    const manifest = newManifest({
      createdAt: now.toISOString(),
      ...database,
      files: await describeFiles(staging),
    })
    await writeFile(join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    const file = join(settings.backupDir, archiveFileName(now))
    await writeArchive(staging, file)
    return { file, manifest, pruned: await pruneBackups(settings.backupDir, settings.keep) }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * A copy, not hard links: a file an upload is still writing must not change between being hashed
 * and being packed. Copy-on-write file systems make the copy a cheap clone.
 */
async function copyMedia(mediaDir: string, target: string): Promise<void> {
  if (!existsSync(mediaDir)) return void (await mkdir(target))
  await cp(mediaDir, target, { recursive: true, dereference: true, mode: constants.COPYFILE_FICLONE })
}
