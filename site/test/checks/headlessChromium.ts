import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

/** Debian's Chromium, installed by scripts/ensure-chromium.sh; Playwright's own browser download is never used. */
export const chromiumPath = '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this
// machine's closed network refuses; --no-sandbox because the checks run as root.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type HeadlessChromium = { context: BrowserContext; close(): Promise<void> }

/** Starts headless Chromium with a fresh, throwaway profile; `close()` also removes the profile. */
export async function launchHeadlessChromium(): Promise<HeadlessChromium> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing; install it with "bash scripts/ensure-chromium.sh" (Debian's chromium package)`,
    )
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'union-checks-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    })
    return {
      context,
      close: async () => {
        await context.close()
        await rm(userDataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
}
