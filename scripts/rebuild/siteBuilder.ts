import { mkdir, readdir } from 'node:fs/promises'
import { repoRoot } from '../lib/paths'
import { startBuildCommand } from './buildCommand'
import { type BuildRecord, type BuildTrigger, newBuildId } from './buildRecord'
import type { Deploys } from './deploys'

export type SiteBuilderOptions = {
  deploys: Deploys
  buildCommand: string
  keep: number
  timeoutMs: number
  log: (line: string) => void
}

/**
 * Runs one build at a time into a fresh builds/<id>/ folder and, only when it succeeds, makes it
 * the live site. A failed or killed build leaves the live site as it was and its folder is removed.
 */
export class SiteBuilder {
  private running: { record: BuildRecord; stop: () => void } | null = null

  constructor(private readonly options: SiteBuilderOptions) {}

  /** The build in progress, as /status shows it. */
  get current(): BuildRecord | null {
    return this.running?.record ?? null
  }

  async build(triggers: BuildTrigger[]): Promise<BuildRecord> {
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
    }
    const outDir = deploys.outputDir(record.id)
    log(`build ${record.id} started for ${describeTriggers(triggers)}`)
    try {
      await mkdir(outDir, { recursive: false })
      const command = startBuildCommand({
        command: this.options.buildCommand,
        cwd: repoRoot,
        outDir,
        buildId: record.id,
        timeoutMs: this.options.timeoutMs,
        env: incrementalEnvironment(
          [...triggersSinceLive(await deploys.records(), await deploys.liveBuildId()), ...triggers],
          await deploys.liveDir(),
        ),
        log: (line) => log(`[build ${record.id}] ${line}`),
      })
      this.running = { record, stop: command.stop }
      await command.finished
      record.pages = await countPages(outDir)
      if (record.pages === 0) throw new Error(`build command wrote no .html files into OUT_DIR (${outDir})`)
      await deploys.switchTo(record.id)
      record.result = 'succeeded'
    } catch (error) {
      record.result = 'failed'
      record.error = error instanceof Error ? error.message : String(error)
      await deploys.removeOutput(record.id)
    } finally {
      this.running = null
      record.durationMs = Date.now() - started.getTime()
    }
    await deploys.writeRecord(record)
    await deploys.prune(this.options.keep)
    log(
      record.result === 'succeeded'
        ? `build ${record.id} is live: ${record.pages} pages in ${record.durationMs} ms`
        : `build ${record.id} failed after ${record.durationMs} ms, the live site is unchanged: ${record.error}`,
    )
    return record
  }

  stop(): void {
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
  const changes = triggers.map((trigger) =>
    trigger.source === 'webhook'
      ? { type: trigger.type, collection: trigger.collection, global: trigger.global, id: trigger.id }
      : {},
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

async function countPages(outDir: string): Promise<number> {
  const files = await readdir(outDir, { recursive: true })
  return files.filter((file) => file.endsWith('.html')).length
}

function describeTriggers(triggers: BuildTrigger[]): string {
  const named = triggers.map((trigger) => {
    if (trigger.source === 'manual') return 'a manual rebuild'
    const what = trigger.collection ?? trigger.global ?? 'the site'
    return `${trigger.type} of ${what}${trigger.id === undefined ? '' : ` ${trigger.id}`}`
  })
  return named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ')
}
