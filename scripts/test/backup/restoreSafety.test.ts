import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { isArchiveName } from '../../backup/archive'
import type { BackupSettings } from '../../backup/config'
import { backupMongo } from '../../backup/createBackup'
import { checkBackup, restoreBackup } from '../../backup/restoreBackup'
import { pruneBackups } from '../../backup/retention'
import { packAnything, packBackup, stageBackup, tempDataFolder } from './fixtureArchive'

/** A data folder with a live database and media, to show a refused restore leaves them alone. */
function liveDataFolder(): BackupSettings {
  const settings = tempDataFolder()
  writeFileSync(join(settings.dataDir, 'cms.db'), 'the live database')
  mkdirSync(settings.mediaDir)
  writeFileSync(join(settings.mediaDir, 'live.webp'), 'a live upload')
  return settings
}

/** Everything in the data folder, by name and content: a refused restore changes none of it. */
function snapshotOf(settings: BackupSettings) {
  return {
    names: readdirSync(settings.dataDir).sort(),
    database: readFileSync(join(settings.dataDir, 'cms.db'), 'utf8'),
    media: readdirSync(settings.mediaDir).sort(),
  }
}

async function expectRefusedUnchanged(archive: string, settings: BackupSettings, message: RegExp) {
  const before = snapshotOf(settings)
  await expect(restoreBackup(archive, settings)).rejects.toThrow(message)
  expect(snapshotOf(settings)).toEqual(before)
}

const scratch = () => mkdtempSync(join(tmpdir(), 'union-archives-'))

test('an intact archive replaces the database and the media folder and keeps the replaced ones beside', async () => {
  const settings = liveDataFolder()
  const staged = await stageBackup()
  const archive = await packBackup(staged, scratch())
  expect((await checkBackup(archive, settings)).files).toEqual(staged.manifest.files)

  const { previous } = await restoreBackup(archive, settings)
  expect(readFileSync(join(settings.dataDir, 'cms.db'))).toEqual(readFileSync(join(staged.staging, 'database/cms.db')))
  expect(readdirSync(settings.mediaDir, { recursive: true }).sort()).toEqual([
    'banner.webp',
    'nested',
    join('nested', 'banner-320x240.webp'),
  ])
  expect(readFileSync(previous.database!, 'utf8')).toBe('the live database')
  expect(readdirSync(previous.media!)).toEqual(['live.webp'])
  expect(readdirSync(settings.dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([])
})

describe('a damaged or foreign archive is refused, and nothing changes', () => {
  test('a flipped byte', async () => {
    const settings = liveDataFolder()
    const archive = await packBackup(await stageBackup(), scratch())
    const bytes = readFileSync(archive)
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff
    writeFileSync(archive, bytes)
    await expectRefusedUnchanged(archive, settings, /is damaged/)
  })

  test('a truncated archive', async () => {
    const settings = liveDataFolder()
    const archive = await packBackup(await stageBackup(), scratch())
    writeFileSync(archive, readFileSync(archive).subarray(0, 30_000))
    await expectRefusedUnchanged(archive, settings, /is damaged or not a \.tar\.gz backup/)
  })

  test('a file changed inside an intact tar.gz', async () => {
    const settings = liveDataFolder()
    const staged = await stageBackup()
    writeFileSync(join(staged.staging, 'media', 'banner.webp'), 'something else')
    const archive = await packAnything(staged.staging, scratch(), ['manifest.json', 'database', 'media'])
    await expectRefusedUnchanged(archive, settings, /media\/banner\.webp differs from its manifest/)
  })

  test('a file the manifest does not list', async () => {
    const settings = liveDataFolder()
    const staged = await stageBackup()
    writeFileSync(join(staged.staging, 'media', 'smuggled.webp'), 'extra')
    const archive = await packAnything(staged.staging, scratch(), ['manifest.json', 'database', 'media'])
    await expectRefusedUnchanged(archive, settings, /files its manifest does not list \(media\/smuggled\.webp\)/)
  })

  test('a link inside the archive', async () => {
    const settings = liveDataFolder()
    const staged = await stageBackup()
    symlinkSync('/etc/passwd', join(staged.staging, 'media', 'passwd'))
    const archive = await packAnything(staged.staging, scratch(), ['manifest.json', 'database', 'media'])
    await expectRefusedUnchanged(archive, settings, /entries a backup never has: media\/passwd \(SymbolicLink\)/)
  })

  test('a tar.gz of something else', async () => {
    const settings = liveDataFolder()
    const other = scratch()
    writeFileSync(join(other, 'notes.txt'), 'not a backup')
    const archive = await packAnything(other, scratch(), ['notes.txt'])
    await expectRefusedUnchanged(archive, settings, /is not a backup of this system: it has no manifest\.json/)
  })

  test('a MongoDB backup into a SQLite CMS', async () => {
    const settings = liveDataFolder()
    const archive = await packBackup(await stageBackup('mongodb'), scratch())
    await expectRefusedUnchanged(archive, settings, /holds a mongodb database, but DATABASE_URI selects sqlite/)
  })

  test('a path that is no archive at all', async () => {
    const settings = liveDataFolder()
    await expectRefusedUnchanged(join(scratch(), 'missing.tar.gz'), settings, /does not exist/)
  })
})

test('restore refuses while a process has the database open, naming the process', async () => {
  const settings = liveDataFolder()
  const archive = await packBackup(await stageBackup(), scratch())
  const handle = openSync(join(settings.dataDir, 'cms.db'), 'r')
  try {
    await expectRefusedUnchanged(archive, settings, new RegExp(`is open in process ${process.pid} .*stop the CMS`))
  } finally {
    closeSync(handle)
  }
  await expect(restoreBackup(archive, settings)).resolves.toBeTruthy()
})

describe('MongoDB', () => {
  const path = process.env.PATH
  afterEach(() => {
    process.env.PATH = path
  })

  test('without mongodump on PATH, backup says which command it needs', async () => {
    process.env.PATH = scratch()
    const settings: BackupSettings = { ...tempDataFolder(), database: { kind: 'mongodb', url: 'mongodb://u:pw@db/x' } }
    const failure = backupMongo(settings)
    await expect(failure).rejects.toThrow(/mongodump is not on PATH.*MongoDB Database Tools/)
    await expect(failure).rejects.not.toThrow(/pw@/)
    expect(readdirSync(settings.backupDir)).toEqual([])
  })

  test('restore asks for the word that the CMS is stopped, which it cannot see', async () => {
    const settings: BackupSettings = { ...tempDataFolder(), database: { kind: 'mongodb', url: 'mongodb://db/x' } }
    const archive = await packBackup(await stageBackup('mongodb'), scratch())
    await expect(restoreBackup(archive, settings)).rejects.toThrow(/stop every CMS process.*--cms-stopped/)
  })
})

test('BACKUP_KEEP keeps the newest backups and touches no other file', async () => {
  const dir = scratch()
  const names = [1, 2, 3, 4].map((day) => `union-backup-2026120${day}T030000000Z.tar.gz`)
  for (const name of [...names, 'notes.txt']) writeFileSync(join(dir, name), '')
  expect(names.every(isArchiveName)).toBe(true)
  expect(await pruneBackups(dir, 2)).toEqual(names.slice(0, 2).map((name) => join(dir, name)))
  expect(readdirSync(dir).sort()).toEqual([...names.slice(2), 'notes.txt'].sort())
  expect(await pruneBackups(dir, 0)).toEqual([])
})
