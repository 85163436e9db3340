import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteChange } from '@union/shared/messages/siteChanges'
import type { PreviewAnswer, PreviewRequest } from '@union/shared/sitePreview'
import { readAffected, stateFolder } from '../build/assembleSite'
import { repoRoot } from '../paths'
import { startBuildCommand } from './buildCommand'
import type { Deploys } from './deploys'
import { HttpError } from './http'
import type { Logger } from './logger'
import {
  newPreviewId,
  previewLifetimeMs,
  previewPathPrefix,
  previewSecret,
  previewsFolder,
  signPreviewToken,
} from './previewToken'

export type PreviewBuilderOptions = {
  deploys: Deploys
  buildCommand: string
  timeoutMs: number
  /** The public site's address (SITE_URL), under which the site server serves previews too. */
  siteUrl: string
  log: Logger
}

/**
 * Builds a preview of one document's draft: the same build command as the live site, from the live
 * build (PREVIOUS_BUILD) with the document named as the change (SITE_CHANGES), so only the pages
 * the draft affects are rendered, and with the editor's credential (SITE_PREVIEW_AUTHORIZATION), so
 * the document is read as its draft. It writes into SITES_DIR/previews/<id>/, a folder the live site
 * never points to, and runs apart from the live build queue: a publish during a preview is built and
 * goes live as usual. One preview at a time; a preview expires with its address after an hour, and
 * its folder is removed by the next preview after that.
 */
export class PreviewBuilder {
  private running: { stop: () => void } | null = null
  private closed = false

  constructor(private readonly options: PreviewBuilderOptions) {}

  get previewsDir(): string {
    return join(this.options.deploys.sitesDir, previewsFolder)
  }

  async build(request: PreviewRequest): Promise<PreviewAnswer> {
    if (this.running) {
      throw new HttpError(409, 'a preview is being built for this site; try again when it is ready', {
        'retry-after': '10',
      })
    }
    const { deploys, log } = this.options
    this.running = { stop: () => {} }
    const id = newPreviewId()
    const outDir = join(this.previewsDir, id)
    const what = `${request.collection} ${request.id}`
    try {
      const liveDir = await deploys.liveDir()
      if (!liveDir) throw new HttpError(409, 'the site has not been built yet; a preview starts from the live site')
      await this.removeExpired()
      const secret = await previewSecret(deploys.sitesDir)
      log.info(`preview ${id} of ${what} started`)
      const started = Date.now()
      const command = startBuildCommand({
        command: this.options.buildCommand,
        cwd: repoRoot,
        outDir,
        buildId: `preview-${id}`,
        timeoutMs: this.options.timeoutMs,
        env: {
          PREVIOUS_BUILD: liveDir,
          SITE_CHANGES: JSON.stringify([
            { type: 'preview', collection: request.collection, id: request.id },
          ] satisfies SiteChange[]),
          SITE_PREVIEW_AUTHORIZATION: request.authorization,
        },
        log: (line) => log.info(line, { build: `preview-${id}` }),
      })
      this.running.stop = command.stop
      if (this.closed) command.stop()
      try {
        await command.finished
      } catch (error) {
        await rm(outDir, { recursive: true, force: true })
        const reason = error instanceof Error ? error.message : String(error)
        throw new HttpError(422, `the preview of ${what} could not be built: ${reason}`)
      }
      const expiresAtMs = Date.now() + previewLifetimeMs
      const base = `${this.options.siteUrl}${previewPathPrefix}${signPreviewToken(secret, id, expiresAtMs)}`
      const affected = await readAffected(join(outDir, stateFolder))
      log.info(`preview ${id} of ${what} is ready in ${Date.now() - started} ms`)
      return {
        url: `${base}/`,
        pages: affected && !affected.everything ? affected.render.map((path) => `${base}${path}`) : [],
        expiresAt: new Date(expiresAtMs).toISOString(),
      }
    } finally {
      this.running = null
    }
  }

  /** Shutdown: a preview being built is stopped; its editor asks again after the restart. */
  close(): void {
    this.closed = true
    this.running?.stop()
  }

  /** Previews whose address has expired: nobody can see them any more. */
  private async removeExpired(): Promise<void> {
    let names: string[]
    try {
      names = await readdir(this.previewsDir)
    } catch {
      return
    }
    const cutoff = Date.now() - previewLifetimeMs
    for (const name of names) {
      const folder = join(this.previewsDir, name)
      if ((await stat(folder)).mtimeMs < cutoff) await rm(folder, { recursive: true, force: true })
    }
  }
}
