import type { Payload } from 'payload'

/**
 * Payload marks a job `processing` when a runner takes it and clears the mark when the job ends.
 * A runner killed in between (kill -9, a crash, a power cut) leaves the mark, and Payload's runner
 * never takes a marked job again: a publish webhook would silently never be delivered. The one
 * process that works the queue calls this at start, before its first run, when no job can really
 * be running; each released job then runs (or retries) as usual.
 */
export async function releaseInterruptedJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}
