import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { repoRoot } from './paths'
import { onStopSignal } from './stopSignal'

/**
 * Child processes of a long-running command (`npm start`, the production start), stopped together
 * when it stops. A supervised child is started again when it exits on its own, so a crash of one
 * part (the rebuild service, say) does not leave the system without it until someone notices.
 */
type Running = { label: string; child: ChildProcess; stopGraceMs: number; stopFirst: boolean }
const running = new Set<Running>()
let stopping = false
let jsonLines = false

/**
 * Production: every line becomes one JSON object naming its part (`part`), for journald and log
 * shippers. A child's own JSON line keeps its fields; any other line (Next's banner, a stack
 * trace) is wrapped. In development each line is prefixed with `[part]` instead.
 */
export function logAsJsonLines(): void {
  jsonLines = true
}

function formatLine(label: string, line: string, stream: 'stdout' | 'stderr'): string {
  if (!jsonLines) return `[${label}] ${line}\n`
  let entry: Record<string, unknown> | undefined
  try {
    const parsed: unknown = JSON.parse(line)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) entry = { part: label, ...parsed }
  } catch {
    // not JSON: wrapped below
  }
  entry ??= { time: new Date().toISOString(), level: stream === 'stderr' ? 'error' : 'info', part: label, msg: line }
  return `${JSON.stringify(entry)}\n`
}

/** A line of the long-running command's own, in the same format as its children's. */
export function logLine(label: string, message: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
  const out = stream === 'stdout' ? process.stdout : process.stderr
  for (const line of message.split('\n')) if (line.trim() !== '') out.write(formatLine(label, line, stream))
}

export type ChildOptions = {
  cwd?: string
  env?: Record<string, string | undefined>
  /** On stop: how long after SIGTERM the child may take to finish before it gets SIGKILL. */
  stopGraceMs?: number
  /**
   * On stop: stop this child before the others, because what it finishes needs them (the rebuild
   * service's last build reads the CMS; the jobs worker's last delivery goes to the rebuild service).
   */
  stopFirst?: boolean
}

/** The Next binary of the CMS. */
export const nextBin = join(repoRoot, 'cms', 'node_modules', '.bin', 'next')

/** Arguments that run a TypeScript script in this Node with tsx loaded, so a signal reaches the script itself. */
export function nodeScript(name: string, ...args: string[]): string[] {
  return ['--import', 'tsx', join(repoRoot, 'scripts', name), ...args]
}

function startChild(label: string, command: string, args: string[], options: ChildOptions = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    // A setting given as undefined is left out: a part that does not need a secret does not get it.
    env: Object.fromEntries(
      Object.entries({ ...process.env, ...options.env }).filter(([, value]) => value !== undefined),
    ) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const entry = { label, child, stopGraceMs: options.stopGraceMs ?? 10_000, stopFirst: options.stopFirst ?? false }
  running.add(entry)
  // Whole lines: a pipe's chunks may end in the middle of one (a JSON line cut in two).
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => logLine(label, line, 'stdout'))
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => logLine(label, line, 'stderr'))
  child.on('exit', () => running.delete(entry))
  return child
}

/** Runs a command to completion, its output prefixed; rejects naming the command when it fails. */
export function runChild(label: string, command: string, args: string[], options: ChildOptions = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = startChild(label, command, args, options)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${label}: "${command} ${args.join(' ')}" exited with ${code ?? signal}`)),
    )
  })
}

/**
 * Starts a child and starts it again whenever it exits while the command is not stopping: after
 * 1 s, doubling up to 30 s while it keeps failing, and back to 1 s once it has run for a minute.
 */
export function superviseChild(label: string, command: string, args: string[], options: ChildOptions = {}): void {
  let delayMs = 1000
  const start = () => {
    if (stopping) return
    const startedAt = Date.now()
    const child = startChild(label, command, args, options)
    child.on('error', (error) => logLine(label, `could not start: ${error.message}`, 'stderr'))
    child.on('exit', (code, signal) => {
      if (stopping) return
      if (Date.now() - startedAt > 60_000) delayMs = 1000
      logLine(label, `exited with ${code ?? signal}; starting it again in ${delayMs / 1000} s`, 'stderr')
      setTimeout(() => {
        if (!stopping) start()
      }, delayMs).unref()
      delayMs = Math.min(delayMs * 2, 30_000)
    })
  }
  start()
}

/**
 * Stops every child: SIGTERM, so each can finish what it is doing (requests in flight, a running
 * job, a site build), then SIGKILL to any still running after its grace time. Those marked
 * `stopFirst` are stopped, and have exited, before the others get SIGTERM.
 */
export async function stopChildren(): Promise<void> {
  stopping = true
  await stopEach([...running].filter((entry) => entry.stopFirst))
  await stopEach([...running])
}

async function stopEach(entries: Running[]): Promise<void> {
  await Promise.all(
    entries.map(async ({ label, child, stopGraceMs }) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => {
        logLine(label, `still running ${stopGraceMs / 1000} s after SIGTERM; killing it`, 'stderr')
        child.kill('SIGKILL')
      }, stopGraceMs)
      await exited
      clearTimeout(timer)
    }),
  )
}

/** Polls a URL until it answers 2xx, or fails after `timeoutMs` naming the URL. */
export async function waitForUrl(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

// Wait for the children before exiting: one that is still writing its last lines would otherwise
// die of a broken pipe in the middle of its shutdown.
onStopSignal(() => {
  void stopChildren().finally(() => process.exit(0))
})
