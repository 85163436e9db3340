import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload, TaskHandler } from 'payload'

/**
 * Whether the save in progress is Payload's scheduled publishing at work. Its job task calls
 * `payload.update` without passing its request on, so nothing on the save's request tells it apart
 * from an editor's publish (it even carries the scheduling user); the task runs inside this
 * storage instead, and the publish announcement reads it.
 */
const scheduled = new AsyncLocalStorage<true>()

export function isScheduledPublishing(): boolean {
  return scheduled.getStore() === true
}

/** Called once the config is sanitised (onInit): Payload adds the schedulePublish task itself. */
export function markScheduledPublishing(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const handler = task.handler as TaskHandler<'schedulePublish'>
  task.handler = ((args) => scheduled.run(true, () => handler(args))) as typeof task.handler
}
