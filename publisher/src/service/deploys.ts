import { lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, stat, symlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { buildManifestSchema } from '@union/shared/messages/buildManifest'
import { stateFolder } from '../build/assembleSite'
import { type BuildRecord, isBuildId } from './buildRecord'
import { syncFolder, writeFileDurably } from './durableFile'

/**
 * The sites folder on disk:
 *
 *   builds/<id>/       the output of one build
 *   builds/<id>.json   its BuildRecord: written "building" when it starts, again when it ends
 *   current            symlink to builds/<id>, the site being served
 *   queue.json         accepted triggers not yet handed to a build (queueFile.ts)
 *
 * A build is only ever pointed to once it has finished, and the pointer changes by rename(2), which
 * replaces `current` in one step: a visitor sees the old site or the new one, never half of each.
 */
export class Deploys {
  readonly buildsDir: string
  readonly currentLink: string

  constructor(readonly sitesDir: string) {
    this.buildsDir = join(sitesDir, 'builds')
    this.currentLink = join(sitesDir, 'current')
  }

  outputDir(buildId: string): string {
    return join(this.buildsDir, buildId)
  }

  async createFolders(): Promise<void> {
    await mkdir(this.buildsDir, { recursive: true })
  }

  /**
   * Removes what an interrupted build left behind: folders without a successful record, and a
   * half-made `current.<id>.tmp` link. Run after catchUp.ts has settled the records of interrupted
   * builds. The live build is never removed, whatever its record says.
   */
  async removeUnfinished(): Promise<void> {
    const live = await this.liveBuildId()
    const records = new Map((await this.records()).map((record) => [record.id, record]))
    for (const entry of await readdir(this.buildsDir, { withFileTypes: true })) {
      const record = records.get(entry.name)
      if (entry.isDirectory() && entry.name !== live && record?.result !== 'succeeded') {
        await this.removeBuild(entry.name)
      }
    }
    for (const name of await readdir(this.sitesDir)) {
      if (/^current\..+\.tmp$/.test(name)) await rm(join(this.sitesDir, name), { force: true })
    }
  }

  /** When `current` was last switched, or null before the first build. */
  async switchedAt(): Promise<Date | null> {
    try {
      return (await lstat(this.currentLink)).mtime
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  /** The id of the build being served, or null before the first successful build. */
  async liveBuildId(): Promise<string | null> {
    try {
      return basename(await readlink(this.currentLink))
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  /** The resolved folder of the live build, so one request reads one build even during a switch. */
  async liveDir(): Promise<string | null> {
    try {
      return await realpath(this.currentLink)
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async switchTo(buildId: string): Promise<void> {
    const temporary = join(this.sitesDir, `current.${buildId}.tmp`)
    await rm(temporary, { force: true })
    // Relative, so the sites folder can be moved or mounted elsewhere without breaking the link.
    await symlink(join('builds', buildId), temporary)
    await rename(temporary, this.currentLink)
    // On disk before the build is recorded as live, so a power cut cannot undo a recorded switch.
    await syncFolder(this.sitesDir)
  }

  async writeRecord(record: BuildRecord): Promise<void> {
    await writeFileDurably(join(this.buildsDir, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`)
  }

  /** Count of .html files in a build's folder: from its manifest when the build wrote one, else counted. */
  async countPages(buildId: string): Promise<number> {
    const manifest = await readFile(join(this.outputDir(buildId), stateFolder, 'manifest.json'), 'utf8').catch(() => '')
    const parsed = manifest ? buildManifestSchema.safeParse(JSON.parse(manifest)) : undefined
    if (parsed?.success) return parsed.data.rendered + parsed.data.reused
    const files = await readdir(this.outputDir(buildId), { recursive: true })
    return files.filter((file) => file.endsWith('.html')).length
  }

  /** Recorded builds, newest first; a "building" one is running, or was interrupted (catchUp.ts). */
  async records(): Promise<BuildRecord[]> {
    const names = (await readdir(this.buildsDir)).filter((name) => name.endsWith('.json'))
    const ids = names.map((name) => name.slice(0, -'.json'.length)).filter(isBuildId)
    const records = await Promise.all(
      ids.map(async (id) => JSON.parse(await readFile(join(this.buildsDir, `${id}.json`), 'utf8')) as BuildRecord),
    )
    return records.sort((a, b) => b.id.localeCompare(a.id))
  }

  /** The record of a build that succeeded and whose output is still on disk, or null. */
  async keptBuild(buildId: string): Promise<BuildRecord | null> {
    if (!isBuildId(buildId)) return null
    const record = (await this.records()).find((candidate) => candidate.id === buildId)
    if (record?.result !== 'succeeded') return null
    try {
      return (await stat(this.outputDir(buildId))).isDirectory() ? record : null
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async removeOutput(buildId: string): Promise<void> {
    await rm(this.outputDir(buildId), { recursive: true, force: true })
  }

  /**
   * Keeps the newest `keep` successful builds for rollback, and the records of the newest `keep`
   * failures for the status page; the live build is never removed, whatever its age.
   */
  async prune(keep: number): Promise<void> {
    const live = await this.liveBuildId()
    const records = await this.records()
    for (const result of ['succeeded', 'failed'] as const) {
      const old = records.filter((record) => record.result === result).slice(keep)
      for (const record of old) if (record.id !== live) await this.removeBuild(record.id)
    }
  }

  private async removeBuild(buildId: string): Promise<void> {
    await this.removeOutput(buildId)
    await rm(join(this.buildsDir, `${buildId}.json`), { force: true })
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
}
