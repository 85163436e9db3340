import { type ChildProcess, spawn } from 'node:child_process'

/** Child processes of a long-running command, stopped together when it stops. */
const children = new Set<ChildProcess>()

export function startChild(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${label}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', () => children.delete(child))
  return child
}

/** Runs a command to completion, its output prefixed; rejects naming the command when it fails. */
export function runChild(
  label: string,
  command: string,
  args: string[],
  options: Parameters<typeof startChild>[3] = {},
) {
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

export function stopChildren(): void {
  for (const child of children) child.kill('SIGTERM')
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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren()
    process.exit(130)
  })
}
