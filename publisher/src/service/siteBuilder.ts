import { mkdir } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { SiteChange } from '@union/shared/messages/siteChanges'
import { repoRoot } from '../paths'
import { startBuildCommand } from './buildCommand'
import { type BuildRecord, type BuildTrigger, newBuildId, uniqueTriggers } from './buildRecord'
import { changedRoutes } from './changedRoutes'
import type { Deploys } from './deploys'
import type { Logger } from './logger'
import type { StagedCopies } from './stagedCopy'

export type SiteBuilderOptions = {
  deploys: Deploys
  staged: StagedCopies
  stagedCopy: boolean
  buildCommand: string
  keep: number
  timeoutMs: number
  /** Test only (REBUILD_TEST_PAUSE_AFTER_SWITCH_MS): a pause between the switch and its record. */
  pauseAfterSwitchMs: number
  log: Logger
}

/** Thrown inside a build the service gave up on at shutdown; it never reaches the live site. */
class Abandoned extends Error {}

/**
 * Runs one build at a time into a fresh builds/<id>/ folder and, only when it succeeds, makes it
 * the live site. A failed or killed build leaves the live site as it was and its folder is removed.
 * Its record is on disk, "building", from before the command starts, so that a restart after any
 * stop knows which triggers the build had taken (catchUp.ts).
 */
export class SiteBuilder {
  private running: { record: BuildRecord; stop: () => void } | null = null
  private abandoning = false
  private housekeeping: Promise<void> = Promise.resolve()

  constructor(private readonly options: SiteBuilderOptions) {}

  /** The build in progress, as /status shows it. */
  get current(): BuildRecord | null {
    return this.running?.record ?? null
  }

  /** `handedOver` is called once the record holds the triggers (the queue file may then drop them). */
  async build(triggers: BuildTrigger[], handedOver: () => Promise<void> = async () => {}): Promise<BuildRecord> {
    if (this.running) throw new Error(`build ${this.running.record.id} is still running; builds run one at a time`)
    const { deploys, log } = this.options
    const started = new Date()
    const record: BuildRecord = {
      id: newBuildId(started),
      triggers,
      startedAt: started.toISOString(),
      durationMs: null,
      pages: null,
      result: 'building',
      error: null,
      changedRoutes: null,
    }
    this.running = { record, stop: () => {} }
    const outDir = deploys.outputDir(record.id)
    log.info(`build ${record.id} started for ${describeTriggers(triggers)}`, { build: record.id })
    const liveId = await deploys.liveBuildId()
    try {
      await deploys.writeRecord(record)
      await handedOver()
      const environment = incrementalEnvironment(
        [...triggersSinceLive(await deploys.records(), liveId), ...triggers],
        await deploys.liveDir(),
      )
      // An incremental build starts from the copy of the live build made after it went live.
      const prepared =
        this.options.stagedCopy &&
        liveId !== null &&
        environment.SITE_CHANGES !== undefined &&
        (await this.options.staged.take(liveId, outDir))
      if (!prepared) await mkdir(outDir, { recursive: false })
      if (this.abandoning) throw new Abandoned()
      const command = startBuildCommand({
        command: this.options.buildCommand,
        cwd: repoRoot,
        outDir,
        buildId: record.id,
        timeoutMs: this.options.timeoutMs,
        env: { ...environment, ...(prepared ? { OUT_DIR_HOLDS_PREVIOUS: '1' } : {}) },
        log: (line) => log.info(line, { build: record.id }),
      })
      this.running.stop = command.stop
      await command.finished
      record.pages = await deploys.countPages(record.id)
      if (record.pages === 0) throw new Error(`build command wrote no .html files into OUT_DIR (${outDir})`)
      record.changedRoutes = await changedRoutes(outDir)
      if (this.abandoning) throw new Abandoned()
      await deploys.switchTo(record.id)
      if (this.options.pauseAfterSwitchMs > 0) await sleep(this.options.pauseAfterSwitchMs)
      record.result = 'succeeded'
    } catch (error) {
      if (this.abandoning && record.result === 'building') {
        // Left "building" on disk: the next start builds its triggers again (catchUp.ts).
        await deploys.removeOutput(record.id)
        this.running = null
        log.warn(`build ${record.id} was abandoned at shutdown; the next start builds its changes`, {
          build: record.id,
        })
        return record
      }
      record.result = 'failed'
      record.error = error instanceof Error ? error.message : String(error)
      await deploys.removeOutput(record.id)
    } finally {
      record.durationMs = Date.now() - started.getTime()
    }
    this.running = null
    await deploys.writeRecord(record)
    this.afterBuild(record.result === 'succeeded' ? record.id : liveId)
    if (record.result === 'succeeded') {
      log.info(`build ${record.id} is live: ${record.pages} pages in ${record.durationMs} ms`, { build: record.id })
    } else {
      log.error(
        `build ${record.id} failed after ${record.durationMs} ms, the live site is unchanged: ${record.error}`,
        {
          build: record.id,
        },
      )
    }
    return record
  }

  /**
   * After each build, in the background so that the next build need not wait: the copy the next
   * build starts from (the live build's, made again when a failed build used it up), then old
   * builds removed (tens of thousands of files each on a large site).
   */
  private afterBuild(liveId: string | null): void {
    const { staged, deploys, keep, log } = this.options
    if (liveId !== null && this.options.stagedCopy) staged.prepare(liveId)
    this.housekeeping = this.housekeeping
      .then(() => staged.settled())
      .then(() => deploys.prune(keep))
      .catch((error: unknown) => log.warn(`removing old builds failed: ${(error as Error).message}`))
  }

  /** Resolves when the work after the last build (the next copy, removing old builds) is done. */
  settled(): Promise<void> {
    return this.housekeeping
  }

  /**
   * Shutdown ran out of grace: stops the running build's command, and no build switches the live
   * site from now on. A build that has already switched finishes recording as usual.
   */
  abandon(): void {
    this.abandoning = true
    this.running?.stop()
  }
}

/**
 * What an incremental build needs: the changes the triggers name (SITE_CHANGES) and the live
 * build to start from (PREVIOUS_BUILD). A manual rebuild names no change, so it builds everything.
 */
export function incrementalEnvironment(triggers: BuildTrigger[], liveDir: string | null): Record<string, string> {
  const env: Record<string, string> = liveDir ? { PREVIOUS_BUILD: liveDir } : {}
  if (triggers.length === 0 || triggers.some((trigger) => trigger.source === 'manual')) return env
  // A change built again after an interrupted build is named by its record and by the queue.
  const changes: SiteChange[] = uniqueTriggers(triggers).flatMap((trigger) =>
    trigger.source === 'webhook'
      ? [{ type: trigger.type, collection: trigger.collection, global: trigger.global, id: trigger.id }]
      : [],
  )
  return { ...env, SITE_CHANGES: JSON.stringify(changes) }
}

/**
 * The triggers of builds after the live one: builds that failed, or that a rollback undid, never
 * reached the live site, so an incremental build from it must cover their changes too.
 */
export function triggersSinceLive(records: BuildRecord[], liveId: string | null): BuildTrigger[] {
  if (liveId === null) return []
  return records
    .filter((record) => record.id > liveId && record.result !== 'building')
    .flatMap((record) => record.triggers)
}

function describeTriggers(triggers: BuildTrigger[]): string {
  const named = triggers.map((trigger) => {
    if (trigger.source === 'manual') return 'a manual rebuild'
    const what = trigger.collection ?? trigger.global ?? 'the site'
    return `${trigger.type} of ${what}${trigger.id === undefined ? '' : ` ${trigger.id}`}`
  })
  return named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ')
}
