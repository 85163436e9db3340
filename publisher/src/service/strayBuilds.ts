import { readdir, readFile } from 'node:fs/promises'

/**
 * Stops what is left of a build whose service was killed. A build runs in a process group of its
 * own, so it outlives a `kill -9` of the service and would go on writing into a folder the next
 * start removes, beside the build that replaces it. Its processes are found by the BUILD_ID and
 * OUT_DIR the service gave it (Linux /proc; elsewhere nothing is found). Returns how many it stopped.
 */
export async function stopStrayBuild(buildId: string, outDir: string): Promise<number> {
  const wanted = [`BUILD_ID=${buildId}`, `OUT_DIR=${outDir}`]
  let pids: string[]
  try {
    pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
  } catch {
    return 0
  }
  let stopped = 0
  for (const pid of pids) {
    let environment: string[]
    try {
      environment = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0')
    } catch {
      // Gone meanwhile, or another user's process: not one of our builds.
      continue
    }
    if (!wanted.every((entry) => environment.includes(entry))) continue
    try {
      process.kill(Number(pid), 'SIGKILL')
      stopped++
    } catch {
      // exited just now
    }
  }
  return stopped
}
