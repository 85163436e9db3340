import { spawn } from 'node:child_process'

export type BuildCommandOptions = {
  command: string
  cwd: string
  outDir: string
  buildId: string
  timeoutMs: number
  /** More environment for the command (what changed, the previous build), beside OUT_DIR and BUILD_ID. */
  env?: Record<string, string>
  /** Receives each line the command prints, for the service's log. */
  log: (line: string) => void
}

export type RunningBuildCommand = {
  pid: number | undefined
  /** Resolves when the command exits 0; rejects with what went wrong and the last lines it printed. */
  finished: Promise<void>
  /** Stops the command and everything it started (service shutdown). */
  stop: () => void
}

const linesKeptForErrors = 15
/** A content-contract failure names every broken document on lines like these; they are kept whole. */
const contractLine = /Content contract broken|, locale "[^"]+", field "/
const contractLinesKept = 50
const graceBeforeKillMs = 5_000

/**
 * Runs the build command in a shell, in a process group of its own: an Astro build starts workers
 * of its own, and stopping a build must stop all of them, or a stray worker could keep writing
 * into a folder that is being removed.
 */
export function startBuildCommand(options: BuildCommandOptions): RunningBuildCommand {
  const child = spawn('/bin/sh', ['-c', options.command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, OUT_DIR: options.outDir, BUILD_ID: options.buildId },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const recentLines: string[] = []
  // Astro prints a stack after the contract message, which would push it out of the recent lines.
  const contractLines: string[] = []
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue
      options.log(line)
      recentLines.push(line)
      if (recentLines.length > linesKeptForErrors) recentLines.shift()
      if (contractLine.test(line) && contractLines.length < contractLinesKept && !contractLines.includes(line)) {
        contractLines.push(line)
      }
    }
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch (error) {
      // ESRCH: the whole group has already exited, which is what we wanted.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  let stopReason: string | undefined
  const stop = (reason: string) => {
    if (stopReason !== undefined) return
    stopReason = reason
    signalGroup('SIGTERM')
    setTimeout(() => signalGroup('SIGKILL'), graceBeforeKillMs).unref()
  }
  const limit = options.timeoutMs % 1000 === 0 ? `${options.timeoutMs / 1000} s` : `${options.timeoutMs} ms`
  const timeout = setTimeout(() => stop(`it ran longer than ${limit} (REBUILD_TIMEOUT_MS)`), options.timeoutMs)

  const finished = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timeout)
      reject(new Error(`build command "${options.command}" could not start: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timeout)
      // Whatever the shell left running must not outlive the build.
      signalGroup('SIGKILL')
      if (code === 0 && stopReason === undefined) return resolve()
      const how = stopReason
        ? `was stopped because ${stopReason}`
        : signal
          ? `was killed by ${signal}`
          : `exited with code ${code}`
      const output =
        contractLines.length > 0
          ? `; ${contractLines.join('\n')}`
          : recentLines.length > 0
            ? `; last output:\n${recentLines.join('\n')}`
            : ''
      reject(new Error(`build command "${options.command}" ${how}${output}`))
    })
  })

  return { pid: child.pid, finished, stop: () => stop('the rebuild service is shutting down') }
}
