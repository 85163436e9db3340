import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateWebhookSecret } from '@union/shared/webhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePorts } from '../../lib/freePorts'
import { repoRoot } from '../../lib/paths'
import { commandLine, processTree, startProcess, type TestProcess } from '../e2e/childProcesses'
import { childEnvironment } from '../e2e/system'

/**
 * The production start as a server runs it (`node scripts/bootstrap.mjs serve`, what
 * `npm run production` and the systemd unit run), on an empty data folder and free ports: it
 * builds the admin (into cms/.next/production-test, apart from a developer's builds), migrates,
 * seeds nothing, and runs every part with NODE_ENV=production until SIGTERM.
 */
const startTimeoutMs = 480_000
let workDir: string
let logFile: string
let env: Record<string, string | undefined>
let urls: { cms: string; site: string; rebuild: string }
let production: TestProcess | undefined

async function startProduction(): Promise<TestProcess> {
  // A second start appends to the first one's log: look only at what this one writes.
  const offset = (await readFile(logFile, 'utf8').catch(() => '')).length
  const started = startProcess('production', process.execPath, [join(repoRoot, 'scripts', 'bootstrap.mjs'), 'serve'], {
    cwd: repoRoot,
    env,
    logFile,
  })
  const deadline = Date.now() + startTimeoutMs
  let exited: string | undefined
  void started.exited.then((how) => {
    exited = how
  })
  const ownLog = async () => (await readFile(logFile, 'utf8').catch(() => '')).slice(offset)
  while (!(await ownLog()).includes('The system is running in production mode')) {
    if (exited) throw new Error(`the production start ${exited}:\n${started.tail()}`)
    if (Date.now() > deadline) throw new Error(`the production start did not finish starting:\n${started.tail()}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return started
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'union-production-'))
  await mkdir(join(workDir, 'logs'))
  logFile = join(workDir, 'logs', 'production.log')
  const [cmsPort, sitePort, rebuildPort] = await freePorts(3)
  urls = {
    cms: `http://127.0.0.1:${cmsPort}`,
    site: `http://127.0.0.1:${sitePort}`,
    rebuild: `http://127.0.0.1:${rebuildPort}`,
  }
  env = {
    ...childEnvironment(),
    DATA_DIR: join(workDir, 'data'),
    NEXT_DIST_DIR: '.next/production-test',
    PAYLOAD_SECRET: 'a-production-test-secret-of-some-length',
    SERVER_URL: `http://localhost:${cmsPort}`,
    SITE_URL: `http://localhost:${sitePort}`,
    REBUILD_WEBHOOK_SECRET: generateWebhookSecret(),
    REBUILD_TOKEN: 'a-production-test-token',
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    REBUILD_PORT: String(rebuildPort),
    REBUILD_DEBOUNCE_MS: '200',
  }
  production = await startProduction()
}, startTimeoutMs + 60_000)

afterAll(async () => {
  await production?.stop()
  if (!process.env.E2E_KEEP) await rm(workDir, { recursive: true, force: true })
})

const json = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('the production start', () => {
  it('migrates an empty data folder, seeds nothing, and serves the admin and the API', async () => {
    const entries = jsonLines(await readFile(logFile, 'utf8'))
    const migrated = entries.find(
      (entry) => entry.part === 'migrate' && /applied \d+ migration/.test(String(entry.msg)),
    )
    expect(migrated?.msg).toMatch(/applied \d+ migration\(s\): \d{8}_\d{6}_initial/)
    expect(entries.some((entry) => entry.part === 'seed')).toBe(false)
    // Payload's own JSON keeps its fields, with the part that wrote it.
    expect(entries.find((entry) => entry.part === 'jobs' && entry.name === 'payload')).toBeDefined()
    expect(await json(`${urls.cms}/api/health`)).toMatchObject({ status: 200, body: { ok: true } })
    expect(await json(`${urls.cms}/api/regional-networks`)).toMatchObject({ status: 200, body: { totalDocs: 0 } })
    const login = await fetch(`${urls.cms}/admin/login`)
    expect(login.status).toBe(200)
    expect(await login.text()).toContain('<html')
  })

  it('publishes to the live site: the CMS queues, the jobs worker delivers, the rebuild service builds', async () => {
    const registered = await json(`${urls.cms}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@union.example', password: 'a-long-admin-password' }),
    })
    expect(registered.status).toBe(200)
    // A new CMS holds no organisation; the first one an admin adds gets the one site without a restart.
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${registered.body.token}` }
    const organisation = await json(`${urls.cms}/api/organisations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Tuotantoliitto', slug: 'tuotantoliitto' }),
    })
    expect(organisation.status).toBe(201)
    const published = await json(`${urls.cms}/api/site-settings?locale=fi`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        organisation: { name: 'Tuotantoliitto' },
        translatedLocales: ['fi'],
        _status: 'published',
      }),
    })
    expect(published.status).toBe(201)
    const deadline = Date.now() + 120_000
    let page = ''
    while (!page.includes('Tuotantoliitto') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      page = await fetch(`${urls.site}/fi/`).then(
        (response) => response.text(),
        () => '',
      )
    }
    expect(page).toContain('Tuotantoliitto')
  })

  it(
    'stops every part on SIGTERM and exits 0, and a second start reuses the admin build',
    async () => {
      const running = production as TestProcess
      const worker = await findPart(running, 'jobs-worker.ts')
      process.kill(worker, 'SIGKILL')
      const deadline = Date.now() + 20_000
      let restarted = worker
      while (restarted === worker && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        restarted = await findPart(running, 'jobs-worker.ts').catch(() => worker)
      }
      expect(restarted, 'the supervisor starts a killed part again').not.toBe(worker)

      const tree = await processTree(running.child.pid as number)
      expect(tree.length).toBeGreaterThanOrEqual(6)
      running.child.kill('SIGTERM')
      expect(await running.exited).toBe('exited with code 0')
      // Helpers such as tsx's esbuild service end when their parent's pipe closes, a moment later.
      await new Promise((resolve) => setTimeout(resolve, 2000))
      for (const part of tree) {
        const left = await processTree(part.pid)
        expect(left, `still running: ${await Promise.all(left.map((stat) => commandLine(stat.pid)))}`).toEqual([])
      }
      const log = await readFile(logFile, 'utf8')
      expect(log).toContain('stopped; accepted changes not yet built stay in the queue file')

      production = await startProduction()
      const again = (await readFile(logFile, 'utf8')).slice(log.length)
      expect(again).toContain('"part":"production","msg":"admin build: unchanged"')
      expect(again).toContain('the database is up to date')
      expect(await json(`${urls.cms}/api/health`)).toMatchObject({ status: 200 })
    },
    startTimeoutMs,
  )
})

/** Every line the production start writes is one JSON object; the first that is not fails the test. */
function jsonLines(log: string): Record<string, unknown>[] {
  return log
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>
      } catch {
        throw new Error(`a line of the production log is not JSON: ${line}`)
      }
    })
}

/** The process id of the part whose command line names `script`. */
async function findPart(running: TestProcess, script: string): Promise<number> {
  for (const stat of await processTree(running.child.pid as number)) {
    if ((await commandLine(stat.pid)).includes(script)) return stat.pid
  }
  throw new Error(`no process runs ${script}`)
}
