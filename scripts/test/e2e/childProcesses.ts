import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'

/**
 * The system's parts as child processes of the test: output to a log file and a short tail kept
 * for error messages, and a stop that ends the whole tree (Next's server and workers, tsx's node,
 * a running site build) by process id, even when the parent is gone first.
 */
export type TestProcess = {
  label: string
  child: ChildProcess
  /** Resolves with how the process ended. */
  exited: Promise<string>
  /** The last lines it printed, for failure messages. */
  tail: () => string
  stop: () => Promise<void>
}

const tailLines = 40
const graceMs = 10_000

export function startProcess(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env: Record<string, string | undefined>; logFile: string },
): TestProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = createWriteStream(options.logFile, { flags: 'a' })
  const recent: string[] = []
  const collect = (chunk: Buffer) => {
    log.write(chunk)
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue
      recent.push(line)
      if (recent.length > tailLines) recent.shift()
    }
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`could not start: ${error.message}`))
    child.on('exit', (code, signal) => {
      log.end()
      resolve(signal ? `killed by ${signal}` : `exited with code ${code}`)
    })
  })
  const tail = () => recent.map((line) => `  [${label}] ${line}`).join('\n')
  return { label, child, exited, tail, stop: () => stopTree(child, exited) }
}

/** Runs a command to completion; rejects with its last lines when it fails. */
export async function runProcess(...args: Parameters<typeof startProcess>): Promise<string> {
  const process_ = startProcess(...args)
  let output = ''
  process_.child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const how = await process_.exited
  if (how !== 'exited with code 0') throw new Error(`${process_.label} ${how}:\n${process_.tail()}`)
  return output
}

/** SIGTERM to the process, so it can stop what it runs; SIGKILL to whatever of its tree is left after the grace time. */
async function stopTree(child: ChildProcess, exited: Promise<string>): Promise<void> {
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null
  if (!running()) return
  // Taken first: once the parent is gone, its orphans no longer show up as its descendants.
  const tree = await processTree(child.pid!)
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))])
  if (running()) tree.push(...(await processTree(child.pid!)))
  for (const { pid, startedAt } of tree) {
    // The start time guards against a pid that an unrelated process has been given meanwhile.
    if ((await processStat(pid))?.startedAt !== startedAt) continue
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // exited just now
    }
  }
}

type ProcessStat = { pid: number; parent: number; startedAt: string }

async function processStat(pid: number): Promise<ProcessStat | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // The command name in parentheses may hold spaces; the fields after it are fixed (proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { pid, parent: Number(fields[1]), startedAt: fields[19] ?? '' }
  } catch {
    return undefined
  }
}

/** The process and all processes below it (Linux /proc), parents before children. */
export async function processTree(pid: number): Promise<ProcessStat[]> {
  const all = (
    await Promise.all(
      (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map((entry) => processStat(Number(entry))),
    )
  ).filter((stat) => stat !== undefined)
  const root = all.find((stat) => stat.pid === pid)
  if (!root) return []
  const tree = [root]
  for (let index = 0; index < tree.length; index++) {
    const parent = tree[index]!.pid
    tree.push(...all.filter((stat) => stat.parent === parent))
  }
  return tree
}

/** The command line of a process, or '' when it is gone. */
export async function commandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ').trim()
  } catch {
    return ''
  }
}
