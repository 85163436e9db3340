import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/**
 * Builds the static site into a fresh folder (astro build, then the Pagefind index) and only when
 * both succeed swaps it in as site/dist. A failed build leaves the previous site/dist untouched.
 *
 * Reads the site's environment (CMS_URL, CONTENT_SNAPSHOT, SITE_URL; see site/src/siteEnv.ts).
 * Usage: tsx scripts/build-site.ts [--dist <dir>]   (default site/dist; tests build elsewhere)
 */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'site')
const { values } = parseArgs({ options: { dist: { type: 'string' } } })
const distDir = values.dist ? resolve(values.dist) : join(siteDir, 'dist')
const bin = (name: string) => join(siteDir, 'node_modules', '.bin', name)

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: siteDir,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${relative(siteDir, command)} ${args[0]} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

async function htmlPages(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
}

/** Replaces site/dist with the new build: two renames on one filesystem, the old copy removed after. */
async function swapIntoPlace(built: string): Promise<void> {
  const previous = `${distDir}.previous-${process.pid}`
  if (existsSync(distDir)) await rename(distDir, previous)
  await rename(built, distDir)
  await rm(previous, { recursive: true, force: true })
}

async function buildSite(): Promise<void> {
  const started = Date.now()
  // Beside dist, so the final rename stays on one filesystem.
  await mkdir(dirname(distDir), { recursive: true })
  const outDir = await mkdtemp(join(dirname(distDir), '.dist-build-'))
  try {
    await run(bin('astro'), ['build', '--outDir', outDir])
    await run(bin('pagefind'), ['--site', outDir, '--silent'])
    const pages = await htmlPages(outDir)
    await swapIntoPlace(outDir)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      `build-site: ${pages.length} pages built into ${relative(process.cwd(), distDir) || 'dist'} in ${seconds} s`,
    )
  } catch (error) {
    await rm(outDir, { recursive: true, force: true })
    throw error
  }
}

buildSite().catch((error: Error) => {
  console.error(`build-site: ${error.message}; ${relative(process.cwd(), distDir) || 'dist'} was left as it was.`)
  process.exit(1)
})
