import { type BuildTrigger, uniqueTriggers } from './buildRecord'
import type { Deploys } from './deploys'
import type { Logger } from './logger'
import type { QueueFile } from './queueFile'
import { stopStrayBuild } from './strayBuilds'

/**
 * Puts right what a stop at any moment (kill -9, a power cut, a shutdown that ran out of grace)
 * left behind, before the service takes new work, and returns the triggers still to be built:
 *
 * - a build recorded "building" that `current` points to died after its switch and before its
 *   record: it is live, so it is recorded as succeeded and not built again;
 * - any other build recorded "building" never went live: what is left of its processes is stopped,
 *   its folder removed, it is recorded as failed, and its triggers are built again;
 * - the queue file's triggers were accepted and never handed to a build.
 */
export async function catchUp(deploys: Deploys, queueFile: QueueFile, log: Logger): Promise<BuildTrigger[]> {
  await deploys.createFolders()
  const live = await deploys.liveBuildId()
  const interrupted = (await deploys.records()).filter((record) => record.result === 'building')
  const notLive = interrupted.filter((record) => record.id !== live)
  const pending = uniqueTriggers([...notLive.flatMap((record) => record.triggers), ...(await queueFile.load())])
  // Saved before the records change, so a crash during the catch-up itself loses nothing either.
  if (notLive.length > 0) await queueFile.save(pending)

  for (const record of interrupted) {
    if (record.id === live) {
      const switchedAt = await deploys.switchedAt()
      record.result = 'succeeded'
      record.pages = await deploys.countPages(record.id)
      record.durationMs = switchedAt ? Math.max(0, switchedAt.getTime() - Date.parse(record.startedAt)) : null
      log.warn(`build ${record.id} went live just before the service stopped; recorded it as succeeded`, {
        build: record.id,
      })
    } else {
      const stopped = await stopStrayBuild(record.id, deploys.outputDir(record.id))
      await deploys.removeOutput(record.id)
      record.result = 'failed'
      record.error = 'interrupted: the rebuild service stopped before this build went live; its changes are built again'
      log.warn(`build ${record.id} was interrupted by a stop of the service; its changes are built again`, {
        build: record.id,
        strayProcessesStopped: stopped,
      })
    }
    await deploys.writeRecord(record)
  }
  await deploys.removeUnfinished()
  if (pending.length > 0) log.info(`catching up on ${pending.length} accepted change(s) not yet live`)
  return pending
}
