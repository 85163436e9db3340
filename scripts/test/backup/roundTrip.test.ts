import { type ChildProcess, fork, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../lib/paths'
import type { CmsRequest, CmsState } from './cmsProcess'

/**
 * The whole round trip on real files and real processes: a CMS process with Payload on a SQLite
 * file, seeded and with uploaded images, is backed up by `pnpm backup` while it runs; its content
 * then changes; `pnpm restore` refuses while it runs, and once it has stopped brings back every
 * table row, every document in every locale, every version, and the media files.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'union-backup-'))
const mediaDir = join(dataDir, 'media')
// DATABASE_URI empty: the SQLite file DATA_DIR/cms.db, as `npm start` has it.
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', LOG_LEVEL: 'warn' }
let cms: ReturnType<typeof startCms> | undefined

type Reply = { ok: true; result: unknown } | { ok: false; error: string }

/** Starts the CMS process and waits until its Payload has the database open. */
function startCms(extraEnv: Record<string, string> = {}) {
  const child: ChildProcess = fork(join(repoRoot, 'scripts', 'test', 'backup', 'cmsProcess.ts'), {
    cwd: repoRoot,
    env: { ...env, ...extraEnv },
    execArgv: ['--import', 'tsx'],
  })
  const replies: ((reply: Reply) => void)[] = []
  child.on('message', (reply: Reply) => replies.shift()?.(reply))
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      replies.push((reply) => (reply.ok ? resolve(reply.result) : reject(new Error(`CMS process: ${reply.error}`))))
    })
  const ready = next()
  return {
    pid: child.pid,
    ready,
    async ask(request: CmsRequest) {
      const answer = next()
      child.send(request)
      return answer
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

async function cmsState(): Promise<CmsState> {
  return (await cms!.ask('state')) as CmsState
}

/** The media folder, file by file: relative path → sha256. */
function mediaFiles(): Record<string, string> {
  if (!existsSync(mediaDir)) return {}
  const files = readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [path.slice(mediaDir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')])
      .sort(),
  )
}

/** Runs one of our command-line scripts as the operator would, in a process of its own. */
function runScript(script: string, args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'scripts', script), ...args], {
      cwd: repoRoot,
      env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

beforeAll(async () => {
  cms = startCms()
  await cms.ready
  await cms.ask('seed')
}, 300_000)

afterAll(async () => {
  await cms?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('a backup of the running CMS restores every row, locale, version and media file', async () => {
  const before = await cmsState()
  const media = mediaFiles()
  expect(before.tables.regional_networks).toHaveLength(7)
  // The seeded organisations' logos (scripts/seed/logo.ts) with their sizes; beside them, two
  // originals and their thumbnail, card and content sizes (1200 px wide: no upscaled 'wide').
  const logos = Object.keys(media).filter((name) => name.startsWith('logo-'))
  expect(logos.length).toBeGreaterThan(0)
  expect(Object.keys(media).length - logos.length).toBe(8)

  const backup = await runScript('backup.ts')
  expect(backup.stderr).not.toMatch(/error|warning/i)
  expect(backup.code).toBe(0)
  const archive = backup.stdout.match(/^Backup written: (.+\.tar\.gz)$/m)?.[1]
  expect(archive && existsSync(archive)).toBe(true)
  expect(archive!.startsWith(join(dataDir, 'backups'))).toBe(true)
  // Taking the backup wrote nothing into the database it copied.
  expect(await cmsState()).toEqual(before)

  await cms!.ask('change')
  writeFileSync(join(mediaDir, 'stray.webp'), 'not in the backup')
  expect((await cmsState()).content).not.toEqual(before.content)
  expect(Object.keys(mediaFiles())).not.toContain('poster.webp')

  const whileRunning = await runScript('restore.ts', [archive!])
  expect(whileRunning.code).toBe(1)
  expect(whileRunning.stderr).toContain(`is open in process ${cms!.pid}`)
  expect(Object.keys(mediaFiles())).toContain('stray.webp')

  await cms!.stop()
  cms = undefined
  const restore = await runScript('restore.ts', [archive!])
  expect(restore.stderr).toBe('')
  expect(restore.code).toBe(0)
  expect(restore.stdout).toMatch(/kept in .*cms\.db\.before-restore-/)

  // Without Payload's development schema push, which stamps its 'dev' migration row at every start:
  // the CMS then reads the restored file exactly as restore left it.
  cms = startCms({ PAYLOAD_MIGRATING: 'true' })
  await cms.ready
  const after = await cmsState()
  expect(after.tables).toEqual(before.tables)
  expect(after.content).toEqual(before.content)
  expect(mediaFiles()).toEqual(media)
})

test('a media file the database names but the folder lacks is backed up with a warning naming it', async () => {
  rmSync(join(mediaDir, 'banner.webp'))
  const backup = await runScript('backup.ts')
  expect(backup.code).toBe(0)
  expect(backup.stderr).toContain('media file banner.webp is named in the database but was not in the media folder')
  const archive = backup.stdout.match(/^Backup written: (.+\.tar\.gz)$/m)![1]!
  const { checkBackup } = await import('../../backup/restoreBackup')
  const { readBackupSettings } = await import('../../backup/config')
  const manifest = await checkBackup(archive, { ...readBackupSettings(env), dataDir })
  expect(manifest.missingMediaFiles).toEqual(['banner.webp'])
  // Its resized copies were there, and are in the archive.
  expect(manifest.files.filter((file) => file.path.startsWith('media/banner-'))).toHaveLength(3)
})
