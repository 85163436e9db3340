import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { verifyWebhook } from '@union/shared/webhooks'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startPayload, stopPayload } from '../../../cms/test/payload'
import { repoRoot } from '../../lib/paths'

/**
 * The production start works the CMS's job queue in scripts/jobs-worker.ts, a real process here,
 * on the same SQLite file as a Payload in this test (as the CMS and the worker share it).
 */
const secret = `whsec_${Buffer.from('a-test-secret-of-32-bytes-length!').toString('base64')}`
let payload: Payload
let receiver: Server
const received: Record<string, unknown>[] = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => {
      body += chunk
    })
    request.on('end', () => {
      received.push(verifyWebhook(secret, request.headers as Record<string, string>, body) as Record<string, unknown>)
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  payload = await startPayload({ sqlite: 'file' })
  const target = await payload.create({
    collection: 'webhook-targets',
    data: {
      name: 'Rebuild service',
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/publish`,
      format: 'standard-webhooks',
      secret,
    },
  })
  // A delivery whose runner was killed half-way: Payload left it marked as running.
  const job = await payload.jobs.queue({
    task: 'deliverWebhook',
    queue: 'webhooks',
    input: {
      target: target.id,
      webhookId: 'msg_interrupted',
      event: { type: 'publish', collection: 'pages', id: 1, at: new Date().toISOString() },
    },
  })
  await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, depth: 0 })
})

afterAll(async () => {
  await stopPayload(payload)
  receiver.close()
})

function startWorker(): ChildProcess {
  const { VITEST: _vitest, JOBS_AUTORUN: _jobs, ...env } = process.env
  return spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'scripts', 'jobs-worker.ts')], {
    env: { ...env, DATABASE_URI: process.env.DATABASE_URI, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

test('a delivery cut off by a killed runner is delivered once when the worker starts, and SIGTERM stops it cleanly', async () => {
  const worker = startWorker()
  try {
    const deadline = Date.now() + 45_000
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    expect(received).toMatchObject([{ type: 'publish', collection: 'pages', id: 1 }])
    // A few more seconds of the queue running every second: the delivery is not repeated.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(received).toHaveLength(1)
    // Payload deletes a job once it has completed: nothing is left waiting or marked as running.
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)

    worker.kill('SIGTERM')
    const [code] = await Promise.race([
      once(worker, 'exit'),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the worker did not exit on SIGTERM')), 40_000),
      ),
    ])
    expect(code).toBe(0)
  } finally {
    if (worker.exitCode === null) worker.kill('SIGKILL')
  }
})
