#!/usr/bin/env node
// Entry point for `npm start` and `npm test` on a machine that has only Node 20 and npm.
// It brings the project's own Node and pnpm (pinned in toolchain/package.json, installed
// from the npm registry into toolchain/node_modules), installs the workspace from the
// lockfile, then runs the named workspace script with that Node first on PATH.
// Plain JavaScript on purpose: it has to run on the machine's Node 20 before anything is installed.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const toolchain = join(root, 'toolchain')
const toolBin = join(toolchain, 'node_modules', '.bin')
const wanted = JSON.parse(readFileSync(join(toolchain, 'package.json'), 'utf8')).dependencies

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

function installedVersion(bin) {
  const path = join(toolBin, bin)
  if (!existsSync(path)) return undefined
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined
}

function ensureToolchain() {
  if (installedVersion('node') === wanted.node && installedVersion('pnpm') === wanted.pnpm) return
  console.log(`[bootstrap] installing Node ${wanted.node} and pnpm ${wanted.pnpm} into toolchain/ (npm registry)`)
  const status = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: toolchain })
  if (status !== 0) {
    console.error('[bootstrap] could not install the toolchain; see npm output above')
    process.exit(status)
  }
}

const [task = 'dev', ...rest] = process.argv.slice(2)
ensureToolchain()

const env = { ...process.env, PATH: `${toolBin}${delimiter}${process.env.PATH ?? ''}` }
// The lockfile is the source of truth; a no-op install takes about a second.
const servers = { serve: join('scripts', 'production.ts') }
// A production start logs JSON lines only (journald, log shippers); pnpm has a reporter for that.
const reporter = task in servers ? '--reporter=ndjson' : '--reporter=append-only'
const installStatus = run(join(toolBin, 'pnpm'), ['install', '--frozen-lockfile', reporter], { env })
if (installStatus !== 0) process.exit(installStatus)

/**
 * Long-running servers run as a direct child that gets every signal this process gets. Through
 * `pnpm run` a SIGTERM (systemd's stop) ended pnpm and its shell but never reached the server,
 * which then kept running, orphaned; its graceful shutdown never started.
 */
if (task in servers) {
  const child = spawn(join(toolBin, 'node'), ['--import', 'tsx', servers[task], ...rest], {
    stdio: 'inherit',
    cwd: root,
    env,
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal === 'SIGINT' ? 2 : 15)))
} else {
  process.exit(run(join(toolBin, 'pnpm'), ['run', task, ...rest], { env }))
}
