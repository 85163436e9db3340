import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { linkTree, stateFolder } from '../build/assembleSite'
import type { Deploys } from './deploys'
import type { Logger } from './logger'

/**
 * The next build's starting point, made ahead of time. A build starts from a copy of the live one
 * (hard links: tens of thousands of them on a large site, 5 to 10 s on this kind of disk). Made in
 * the background right after a build goes live, the copy is ready when the next publish comes, and
 * that build only replaces the files its change touches: the deploy no longer links every
 * unchanged file on the way from publish to live page.
 *
 * The copy is SITES_DIR/next/<live id>/ (beside builds/, on the same disk): every file of the live build but its state (.build/). It is
 * renamed to the new build's folder when a build takes it, so it is used once; a copy of a build
 * that is no longer live (a rollback, a newer build) is removed.
 */
export class StagedCopies {
  private work: Promise<void> = Promise.resolve()

  constructor(
    private readonly deploys: Deploys,
    private readonly log: Logger,
  ) {}

  private get folderOfCopies(): string {
    return join(this.deploys.sitesDir, 'next')
  }

  private folder(buildId: string): string {
    return join(this.folderOfCopies, buildId)
  }

  /** Starts making the copy of `liveId` in the background; copies of other builds are removed. */
  prepare(liveId: string): void {
    this.work = this.work.then(() =>
      this.make(liveId).catch((error: unknown) => {
        // Only slower: the next build links the live build itself.
        this.log.warn(`could not prepare the next build's copy of ${liveId}: ${(error as Error).message}`)
      }),
    )
  }

  /**
   * Moves the ready copy of `liveId` to `target` and answers true; false when there is none (the
   * build then starts from an empty folder and links the live build itself). Waits for a copy in
   * the making: it is nearer done than a new one would be.
   */
  async take(liveId: string, target: string): Promise<boolean> {
    await this.work
    const ready = this.folder(liveId)
    if (!existsSync(ready)) return false
    await rename(ready, target)
    return true
  }

  /** Waits for the copy in the making (tests, shutdown). */
  settled(): Promise<void> {
    return this.work
  }

  private async make(liveId: string): Promise<void> {
    const ready = this.folder(liveId)
    await mkdir(this.folderOfCopies, { recursive: true })
    // A half-made copy (a crash), or the copy of a build that is no longer live.
    for (const name of await readdir(this.folderOfCopies)) {
      if (name !== liveId) await rm(join(this.folderOfCopies, name), { recursive: true, force: true })
    }
    if (existsSync(ready)) return
    const partial = `${ready}.partial`
    const started = Date.now()
    const files = await linkTree(this.deploys.outputDir(liveId), partial, { skip: [stateFolder] })
    // Only a finished copy carries the name `take` looks for.
    await rename(partial, ready)
    this.log.info(`prepared the next build's copy of ${liveId} (${files} files linked in ${Date.now() - started} ms)`)
  }
}
