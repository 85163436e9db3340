import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'

/**
 * manifest.json, the first entry of every backup archive: what the archive holds and how to tell an
 * intact archive of this system from a damaged or foreign one. `pnpm backup` writes it and
 * `pnpm restore` checks it; both use this file only.
 */
export const manifestName = 'manifest.json'
const format = 'union-publishing-backup'
const version = 1

export type FileEntry = { path: string; size: number; sha256: string }

export type BackupManifest = {
  format: typeof format
  version: typeof version
  createdAt: string
  database:
    | { kind: 'sqlite'; file: string; journalMode: string }
    | { kind: 'mongodb'; file: string; tool: 'mongodump --archive --gzip' }
  /** Payload's migrations table at backup time (name, batch; batch -1 is a development schema push). */
  migrations: { name: string; batch: number }[] | null
  /** Files that media documents of the database copy name but the media folder did not have. */
  missingMediaFiles: string[]
  files: FileEntry[]
}

/** Why an archive is not restored; the message names the archive and what to do. */
export class ArchiveRefused extends Error {}

export function newManifest(fields: Omit<BackupManifest, 'format' | 'version'>): BackupManifest {
  return { format, version, ...fields }
}

/** Every regular file under `root` (the manifest aside), with its size and sha256, by archive path. */
export async function describeFiles(root: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  for (const path of await filesUnder(root)) {
    if (path === manifestName) continue
    const full = join(root, path)
    entries.push({ path, size: (await stat(full)).size, sha256: await sha256Of(full) })
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path))
}

export async function filesUnder(root: string): Promise<string[]> {
  const found = await readdir(root, { recursive: true, withFileTypes: true })
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join(posix.sep))
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Parses manifest.json and refuses anything this version of the system did not write. */
export function parseManifest(text: string | null, archive: string): BackupManifest {
  if (text === null) throw new ArchiveRefused(`${archive} is not a backup of this system: it has no ${manifestName}`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ArchiveRefused(`${archive} has a ${manifestName} that is not JSON: the archive is damaged`)
  }
  const manifest = parsed as Partial<BackupManifest>
  if (manifest.format !== format) {
    throw new ArchiveRefused(`${archive} is not a backup of this system: its ${manifestName} is not a ${format}`)
  }
  if (manifest.version !== version) {
    throw new ArchiveRefused(
      `${archive} is a backup in format version ${manifest.version}; this system reads version ${version}: restore it with the version of the system that wrote it`,
    )
  }
  const kind = manifest.database?.kind
  const files = manifest.files
  if ((kind !== 'sqlite' && kind !== 'mongodb') || !Array.isArray(files) || typeof manifest.createdAt !== 'string') {
    throw new ArchiveRefused(`${archive} has an incomplete ${manifestName} (database, files, createdAt): it is damaged`)
  }
  for (const entry of files) {
    const safe =
      typeof entry?.path === 'string' &&
      /^(database|media)\//.test(entry.path) &&
      !entry.path.split('/').includes('..') &&
      Number.isInteger(entry.size) &&
      /^[0-9a-f]{64}$/.test(entry.sha256)
    if (!safe)
      throw new ArchiveRefused(`${archive} lists a file it cannot hold (${JSON.stringify(entry)}): it is damaged`)
  }
  if (!files.some((entry) => entry.path === manifest.database?.file)) {
    throw new ArchiveRefused(`${archive} does not list its database copy ${manifest.database?.file}: it is damaged`)
  }
  return manifest as BackupManifest
}

/** The extracted files are exactly the manifest's, each of its size and sha256. */
export async function verifyFiles(root: string, manifest: BackupManifest, archive: string): Promise<void> {
  const listed = new Map(manifest.files.map((entry) => [entry.path, entry]))
  const present = (await filesUnder(root)).filter((path) => path !== manifestName)
  const unlisted = present.filter((path) => !listed.has(path))
  if (unlisted.length > 0) {
    throw new ArchiveRefused(`${archive} holds files its manifest does not list (${unlisted.slice(0, 5).join(', ')})`)
  }
  for (const entry of manifest.files) {
    const full = join(root, entry.path)
    const size = await stat(full).then(
      (found) => found.size,
      () => null,
    )
    if (size === null) throw new ArchiveRefused(`${archive} is missing ${entry.path}, which its manifest lists`)
    if (size !== entry.size || (await sha256Of(full)) !== entry.sha256) {
      throw new ArchiveRefused(
        `${archive} is damaged: ${entry.path} differs from its manifest (size or sha256); use another backup`,
      )
    }
  }
}
