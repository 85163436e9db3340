import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export type Measured = { seconds: number; peakRssMiB: number; output: string; code: number }

/**
 * Runs a command and measures its wall time and the peak of the summed resident memory of its
 * whole process tree (it and every descendant, sampled from /proc every 100 ms), which is what the
 * machine must hold at once: an Astro build runs Node, esbuild and Pagefind side by side.
 */
export function measure(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<Measured> {
  const started = performance.now()
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  let peak = 0
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid))
  }, 100)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(sampler)
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMiB: peak / 2 ** 20, output, code: code ?? 1 })
    })
  })
}

/** Summed RSS of `pid` and its descendants, from /proc (Linux). */
export function treeRssBytes(pid: number): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const parent = readField(`/proc/${name}/stat`, (text) =>
      Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]),
    )
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(name)])
  }
  let total = 0
  for (const queue = [pid]; queue.length > 0; ) {
    const current = queue.pop()!
    total +=
      readField(`/proc/${current}/status`, (text) => Number(/VmRSS:\s+(\d+) kB/.exec(text)?.[1] ?? 0) * 1024) ?? 0
    queue.push(...(children.get(current) ?? []))
  }
  return total
}

function readField<T>(file: string, parse: (text: string) => T): T | undefined {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined // the process ended between listing and reading
  }
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN
}
