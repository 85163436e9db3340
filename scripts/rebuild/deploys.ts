import { mkdir, readdir, readFile, readlink, realpath, rename, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { type BuildRecord, isBuildId } from './buildRecord'

/**
 * The sites folder on disk:
 *
 *   builds/<id>/       the output of one build
 *   builds/<id>.json   its BuildRecord, written when it ends (succeeded or failed)
 *   current            symlink to builds/<id>, the site being served
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

  /** Creates the folders, and removes what a build interrupted by a crash or restart left behind. */
  async prepare(): Promise<void> {
    await mkdir(this.buildsDir, { recursive: true })
    const records = new Map((await this.records()).map((record) => [record.id, record]))
    for (const entry of await readdir(this.buildsDir, { withFileTypes: true })) {
      const record = records.get(entry.name)
      if (entry.isDirectory() && record?.result !== 'succeeded') await this.removeBuild(entry.name)
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
  }

  async writeRecord(record: BuildRecord): Promise<void> {
    const file = join(this.buildsDir, `${record.id}.json`)
    await writeFile(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`)
    await rename(`${file}.tmp`, file)
  }

  /** Finished builds, newest first. */
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
