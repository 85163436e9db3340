/**
 * `pnpm restore <archive>`: puts a backup of `pnpm backup` back, replacing the CMS database and
 * media folder. The CMS must be stopped; restore refuses while a process holds the SQLite database.
 *   --check        verify the archive (manifest, sizes, sha256) and change nothing
 *   --cms-stopped  your word that the CMS is stopped, where restore cannot see it (MongoDB, no /proc)
 */
import { resolve } from 'node:path'
import { readBackupSettings } from './backup/config'
import { ArchiveRefused } from './backup/manifest'
import { checkBackup, restoreBackup } from './backup/restoreBackup'

const args = process.argv.slice(2)
const archive = args.find((arg) => !arg.startsWith('--'))
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--check' && arg !== '--cms-stopped')

async function main(): Promise<void> {
  if (!archive || unknown.length > 0) {
    throw new Error(
      `${unknown.length > 0 ? `unknown option ${unknown.join(' ')}; ` : ''}usage: pnpm restore <archive.tar.gz> [--check] [--cms-stopped]`,
    )
  }
  const settings = readBackupSettings()
  const path = resolve(archive)
  if (args.includes('--check')) {
    const manifest = await checkBackup(path, settings)
    console.log(
      `[restore] ${path} is intact: a ${manifest.database.kind} backup of ${manifest.createdAt}, ${manifest.files.length} files`,
    )
    return
  }
  const { manifest, previous } = await restoreBackup(path, settings, { cmsStopped: args.includes('--cms-stopped') })
  console.log(`[restore] restored the ${manifest.database.kind} backup of ${manifest.createdAt} from ${path}`)
  const migrations = manifest.migrations?.map((migration) => migration.name).join(', ')
  if (migrations) console.log(`[restore] the database's migrations at backup time: ${migrations}`)
  for (const kept of [previous.database, previous.media]) {
    if (kept) console.log(`[restore] the data it replaced is kept in ${kept}; delete it once the CMS works`)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const verdict = error instanceof ArchiveRefused ? 'refused the archive' : 'failed'
    console.error(`[restore] ${verdict}: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  },
)
