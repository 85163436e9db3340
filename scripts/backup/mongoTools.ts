import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type MongoTool = 'mongodump' | 'mongorestore'

/**
 * Runs MongoDB's own mongodump or mongorestore (MongoDB Database Tools), which this system uses for
 * MongoDB instead of a copy of its own. The URI, which may hold a password, goes in a private
 * config file rather than on the command line, where any user could read it in the process list.
 */
export async function runMongoTool(tool: MongoTool, uri: string, args: string[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), `union-${tool}-`))
  const config = join(dir, 'config.yaml')
  try {
    await writeFile(config, `uri: ${JSON.stringify(uri)}\n`, { mode: 0o600 })
    await new Promise<void>((resolve, reject) => {
      const child = spawn(tool, [`--config=${config}`, ...args], { stdio: ['ignore', 'inherit', 'inherit'] })
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ENOENT'
            ? new Error(
                `${tool} is not on PATH: backups of a MongoDB database use MongoDB's ${tool}. Install the MongoDB Database Tools (https://www.mongodb.com/try/download/database-tools) and run again`,
              )
            : error,
        ),
      )
      child.on('exit', (code, signal) =>
        code === 0
          ? resolve()
          : reject(new Error(`${tool} failed (exit ${code ?? signal}); its output above says why`)),
      )
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
