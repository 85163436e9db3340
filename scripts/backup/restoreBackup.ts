import { existsSync, statSync } from 'node:fs'
import { copyFile, link, mkdir, mkdtemp, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { extractArchive } from './archive'
import { type BackupSettings, sqliteFilePath } from './config'
import { processesHoldingDatabase } from './databaseInUse'
import { ArchiveRefused, type BackupManifest, manifestName, parseManifest, verifyFiles } from './manifest'
import { runMongoTool } from './mongoTools'

export type RestoreOptions = {
  /** The operator's word that no CMS runs, where restore cannot check it itself (MongoDB, no /proc). */
  cmsStopped?: boolean
}

export type RestoreResult = {
  manifest: BackupManifest
  /** Where the database and the media folder were before, kept until the operator deletes them. */
  previous: { database: string | null; media: string | null }
}

/** Unpacks and verifies an archive without restoring it (`pnpm restore --check`). */
export async function checkBackup(archive: string, settings: BackupSettings): Promise<BackupManifest> {
  return withVerifiedArchive(archive, settings, async (_staging, manifest) => manifest)
}

/**
 * Puts a backup back: verifies the archive completely first, then replaces the database and the
 * media folder by renaming verified copies into place, so each is either wholly the old one or
 * wholly the restored one. The CMS must be stopped: it holds its database open, and a running CMS
 * would go on using the file it opened (its saves lost, the restored content unseen). Restore checks
 * that no process holds a SQLite database, and refuses while one does.
 */
export async function restoreBackup(
  archive: string,
  settings: BackupSettings,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const databaseFile = settings.database.kind === 'sqlite' ? sqliteDatabaseFile(settings) : null
  const confirmStopped = () =>
    databaseFile ? refuseWhileDatabaseOpen(databaseFile, options) : requireWordThatCmsStopped(options)
  confirmStopped()
  return withVerifiedArchive(archive, settings, async (staging, manifest) => {
    if (manifest.database.kind !== settings.database.kind) {
      throw new ArchiveRefused(
        `${archive} holds a ${manifest.database.kind} database, but DATABASE_URI selects ${settings.database.kind}: restore it into a CMS configured for ${manifest.database.kind}`,
      )
    }
    // The archive may have taken a while to verify; a CMS started meanwhile must not be overrun.
    confirmStopped()
    refuseMediaOnAnotherFileSystem(staging, settings.mediaDir)
    const stamp = new Date().toISOString().replace(/[-:.]/g, '')
    const stagedDatabase = join(staging, manifest.database.file)
    const previousDatabase = databaseFile
      ? await replaceSqliteFile(stagedDatabase, databaseFile, stamp)
      : await restoreMongo(stagedDatabase, settings.database.url)
    return { manifest, previous: { database: previousDatabase, media: await replaceMedia(staging, settings, stamp) } }
  })
}

/** Unpacks into a fresh folder inside DATA_DIR (the same file system, so renames are atomic). */
async function withVerifiedArchive<T>(
  archive: string,
  settings: BackupSettings,
  use: (staging: string, manifest: BackupManifest) => Promise<T>,
): Promise<T> {
  if (!existsSync(archive)) throw new ArchiveRefused(`${archive} does not exist: give the path of a backup archive`)
  await mkdir(settings.dataDir, { recursive: true })
  const staging = await mkdtemp(join(settings.dataDir, '.restore-'))
  try {
    await extractArchive(archive, staging)
    const text = await readFile(join(staging, manifestName), 'utf8').catch(() => null)
    const manifest = parseManifest(text, archive)
    await verifyFiles(staging, manifest, archive)
    return await use(staging, manifest)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

function sqliteDatabaseFile(settings: BackupSettings): string {
  const file = sqliteFilePath(settings.database.url)
  if (!file) {
    throw new Error(
      `DATABASE_URI "${settings.database.url}" is not a SQLite file: restore puts the database back into a file (leave DATABASE_URI empty for DATA_DIR/cms.db, or give a file: URL)`,
    )
  }
  return file
}

function refuseWhileDatabaseOpen(databaseFile: string, options: RestoreOptions): void {
  const holding = processesHoldingDatabase(databaseFile)
  if (holding === null && !options.cmsStopped) {
    throw new Error(
      `restore cannot see whether a CMS has ${databaseFile} open (no /proc on this system): stop the CMS, then run restore again with --cms-stopped`,
    )
  }
  if (holding && holding.length > 0) {
    const processes = holding.map((process) => `${process.pid} (${process.command})`).join(', ')
    throw new Error(
      `${databaseFile} is open in process ${processes}: stop the CMS (and anything else using the database) before restoring; nothing was changed`,
    )
  }
}

function requireWordThatCmsStopped(options: RestoreOptions): void {
  if (options.cmsStopped) return
  throw new Error(
    'restore cannot see whether a CMS is using the MongoDB database: stop every CMS process, then run restore again with --cms-stopped',
  )
}

/** The media folder is swapped by rename, which cannot cross file systems: find out before changing anything. */
function refuseMediaOnAnotherFileSystem(staging: string, mediaDir: string): void {
  if (existsSync(mediaDir) && statSync(mediaDir).dev !== statSync(staging).dev) {
    throw new Error(
      `${mediaDir} is on another file system than its data folder (a mount of its own?): restore swaps the media folder by renaming it, so mount the parent folder instead, or restore the media files by hand from the archive's media/; nothing was changed`,
    )
  }
}

/**
 * Renames the restored copy over the database file, which is atomic: at every moment the path holds
 * either the old or the restored database. The old one stays beside it (a hard link made first),
 * with its -wal, -shm or -journal file, which belongs to it and would corrupt the restored one.
 */
async function replaceSqliteFile(staged: string, databaseFile: string, stamp: string): Promise<string | null> {
  await mkdir(dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restoring-${stamp}`
  await rename(staged, incoming).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error
    await copyFile(staged, incoming)
  })
  await syncFile(incoming)
  const previous = `${databaseFile}.before-restore-${stamp}`
  const hadDatabase = existsSync(databaseFile)
  if (hadDatabase) await link(databaseFile, previous).catch(() => copyFile(databaseFile, previous))
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(`${databaseFile}${suffix}`)) await rename(`${databaseFile}${suffix}`, `${previous}${suffix}`)
  }
  await rename(incoming, databaseFile)
  await syncFile(dirname(databaseFile))
  return hadDatabase ? previous : null
}

async function restoreMongo(staged: string, uri: string): Promise<null> {
  // --drop replaces each collection the archive holds, so deleted documents do not linger.
  await runMongoTool('mongorestore', uri, [`--archive=${staged}`, '--gzip', '--drop'])
  return null
}

/** The media folder is swapped by two renames: the current one aside, the restored one in. */
async function replaceMedia(staging: string, settings: BackupSettings, stamp: string): Promise<string | null> {
  const restored = join(staging, 'media')
  await mkdir(restored, { recursive: true })
  const previous = existsSync(settings.mediaDir) ? `${settings.mediaDir}.before-restore-${stamp}` : null
  if (previous) await rename(settings.mediaDir, previous)
  await rename(restored, settings.mediaDir)
  await syncFile(dirname(settings.mediaDir))
  return previous
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
