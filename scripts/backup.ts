/**
 * `pnpm backup`: one archive of the CMS database and its media folder in BACKUP_DIR (default
 * DATA_DIR/backups), safe while the CMS runs. SQLite is copied through Payload's own adapter with
 * `VACUUM INTO`; MongoDB with mongodump. See "Backups and restore" in the README.
 */

// A one-off script must not start the job runner, nor push Payload's development schema into the
// database it only reads (Payload does that at start-up outside production); set before the config loads.
process.env.JOBS_AUTORUN ??= 'false'
process.env.PAYLOAD_MIGRATING = 'true'

export {}

const { readBackupSettings } = await import('./backup/config')
const { backupMongo, backupSqlite } = await import('./backup/createBackup')

async function main() {
  const settings = readBackupSettings()
  if (settings.database.kind === 'mongodb') return backupMongo(settings)
  const { getPayload } = await import('payload')
  const { default: config } = await import('@union/cms/config')
  const payload = await getPayload({ config })
  try {
    return await backupSqlite(payload, settings)
  } finally {
    await payload.destroy()
  }
}

try {
  const { file, manifest, pruned } = await main()
  const bytes = manifest.files.reduce((sum, entry) => sum + entry.size, 0)
  const media = manifest.files.filter((entry) => entry.path.startsWith('media/')).length
  console.log(`[backup] ${manifest.database.kind} database and ${media} media files, ${(bytes / 1e6).toFixed(1)} MB`)
  for (const missing of manifest.missingMediaFiles) {
    console.warn(`[backup] warning: media file ${missing} is named in the database but was not in the media folder`)
  }
  for (const old of pruned) console.log(`[backup] deleted old backup ${old} (BACKUP_KEEP)`)
  console.log(`Backup written: ${file}`)
  process.exit(0)
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
