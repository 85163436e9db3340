import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Replaces `file` with `text` so that after a crash or power cut it holds either the old text or
 * the new, whole: written to a temporary file, flushed to disk, renamed over the old one, and the
 * folder flushed so the rename itself is on disk. The rebuild service answers 202 only after this.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const temporary = `${file}.tmp`
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temporary, file)
  await syncFolder(dirname(file))
}

/** Flushes a folder's entries (a rename, a new symlink) to disk. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
