import { readFile } from 'node:fs/promises'
import { processTree } from '../../test/e2e/childProcesses'

/**
 * Memory of the CMS server's process tree (`next start` or `next dev` and every process below it),
 * sampled from /proc/<pid>/status: the peak of the summed VmRSS over the samples (what the machine
 * held at once, to within the sampling interval), and each process's own VmHWM (its high-water mark,
 * kept by the kernel between samples) summed over the processes seen, which is an upper bound.
 */
export type MemoryFigures = {
  peakTreeRssMiB: number
  sumOfHighWaterMarksMiB: number
  largestHighWaterMarkMiB: number
  processes: number
}

export function sampleMemory(rootPid: number, intervalMs = 200): { stop: () => Promise<MemoryFigures> } {
  let peakTree = 0
  const highWater = new Map<string, number>()
  let sampling: Promise<void> = Promise.resolve()
  const sample = async () => {
    let total = 0
    for (const { pid, startedAt } of await processTree(rootPid)) {
      let status: string
      try {
        status = await readFile(`/proc/${pid}/status`, 'utf8')
      } catch {
        continue // ended between listing and reading
      }
      const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024
      total += kib('VmRSS')
      const key = `${pid}@${startedAt}`
      highWater.set(key, Math.max(highWater.get(key) ?? 0, kib('VmHWM')))
    }
    peakTree = Math.max(peakTree, total)
  }
  const timer = setInterval(() => {
    sampling = sampling.then(sample)
  }, intervalMs)
  return {
    stop: async () => {
      clearInterval(timer)
      await sampling
      await sample()
      const mib = (bytes: number) => bytes / 2 ** 20
      return {
        peakTreeRssMiB: mib(peakTree),
        sumOfHighWaterMarksMiB: mib([...highWater.values()].reduce((sum, value) => sum + value, 0)),
        largestHighWaterMarkMiB: mib(Math.max(0, ...highWater.values())),
        processes: highWater.size,
      }
    },
  }
}

/** CPU seconds (user + system) the process tree has used so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  let ticks = 0
  for (const { pid } of await processTree(rootPid)) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // ended meanwhile
    }
  }
  return ticks / 100
}
