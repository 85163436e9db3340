/**
 * Works the CMS's job queue (webhook deliveries every second, scheduled publishing every minute) in a
 * process of its own: `pnpm tsx scripts/jobs-worker.ts`. The production start runs it beside
 * `next start`, whose CMS then queues jobs without working them (JOBS_AUTORUN=false), so a
 * shutdown can let the running job finish instead of cutting it off with the web server.
 * (`npm start` works the queue inside `next dev`, as before.)
 *
 * SIGTERM or SIGINT: no new job starts; a running one may finish for JOBS_SHUTDOWN_GRACE_MS
 * (default 30000), then the database is closed and the process exits 0. A job cut off by a kill
 * is released at the next start and runs again (cms/src/jobs/releaseInterruptedJobs.ts).
 * Run one worker per database: the release assumes no other runner is working.
 */

// This process exists to work the queue, whatever the environment it inherited says.
process.env.JOBS_AUTORUN = 'true'

export {}

const { getPayload } = await import('payload')
const { onStopSignal } = await import('./lib/stopSignal')
const { default: config } = await import('@union/cms/config')
const { releaseInterruptedJobs } = await import('@union/cms/jobs/releaseInterruptedJobs')

const graceMs = Number(process.env.JOBS_SHUTDOWN_GRACE_MS || 30_000)
if (!Number.isInteger(graceMs) || graceMs < 0) {
  console.error(`JOBS_SHUTDOWN_GRACE_MS "${process.env.JOBS_SHUTDOWN_GRACE_MS}" is not a whole number of milliseconds`)
  process.exit(1)
}
// Not yet working the queue: jobs still marked as running were cut off by the last stop.
const payload = await getPayload({ config, cron: false })
const released = await releaseInterruptedJobs(payload)
await getPayload({ config, cron: true })
payload.logger.info({ msg: 'jobs worker: working the queue', released, crons: payload.crons.length })

onStopSignal((signal) => void stop(signal))

async function stop(signal: string) {
  payload.logger.info({ msg: `jobs worker: ${signal}, no new jobs; waiting for a running one` })
  const crons = [...payload.crons]
  for (const cron of crons) cron.pause()
  const deadline = Date.now() + graceMs
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const abandoned = crons.some((cron) => cron.isBusy())
  if (abandoned)
    payload.logger.warn({ msg: `jobs worker: a job still ran after ${graceMs} ms; it runs again at start` })
  await payload.destroy()
  process.exit(0)
}
