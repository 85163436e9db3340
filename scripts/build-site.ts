import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readAffectedRoutes } from '../site/src/loader/buildState'
import { siteUrl } from '../site/src/siteEnv'
import { linkPreviousBuild, overlay, removeRoutes, stateFolder } from './siteBuild/assembleSite'
import { sourceFingerprint } from './siteBuild/sourceFingerprint'

/**
 * Builds the static site into a fresh folder (astro build, then the Pagefind index) and only when
 * both succeed swaps it in as site/dist. A failed build leaves the previous site/dist untouched.
 *
 * Incremental: with SITE_CHANGES (a JSON list of publish webhook payloads) and a previous build
 * (PREVIOUS_BUILD, default the --dist folder), only the changed documents are fetched and only the
 * pages they affect are rendered; the rest is hard-linked from the previous build. It builds
 * everything instead when there is no usable previous build, when SITE_BUILD_FULL=1, or when the
 * templates, content schemas or SITE_URL changed since the previous build (its .build/manifest.json).
 *
 * Reads the site's environment (CMS_URL, CONTENT_SNAPSHOT, SITE_URL; see site/src/siteEnv.ts).
 * Usage: tsx scripts/build-site.ts [--dist <dir>]   (default site/dist; tests build elsewhere)
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const siteDir = join(repoRoot, 'site')
const { values } = parseArgs({ options: { dist: { type: 'string' } } })
const distDir = values.dist ? resolve(values.dist) : join(siteDir, 'dist')
const changes = process.env.SITE_CHANGES || undefined
const previousBuild = process.env.PREVIOUS_BUILD ? resolve(process.env.PREVIOUS_BUILD) : changes ? distDir : undefined
const forceFull = process.env.SITE_BUILD_FULL === '1'
const bin = (name: string) => join(siteDir, 'node_modules', '.bin', name)

type Manifest = { fingerprint: string; siteUrl: string; builtAt: string; rendered: number; reused: number }
const manifestFile = 'manifest.json'

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: siteDir,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
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

/** The previous build to start from, or why every page is built. */
async function incrementalBase(fingerprint: string): Promise<{ from: string } | { fullBecause: string }> {
  if (forceFull) return { fullBecause: 'SITE_BUILD_FULL=1' }
  if (!changes) return { fullBecause: 'no SITE_CHANGES were given' }
  if (!previousBuild) return { fullBecause: 'there is no previous build' }
  const file = join(previousBuild, stateFolder, manifestFile)
  if (!existsSync(file))
    return { fullBecause: `the previous build (${previousBuild}) has no ${stateFolder}/${manifestFile}` }
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest
  if (manifest.siteUrl !== siteUrl) return { fullBecause: `SITE_URL changed (${manifest.siteUrl} → ${siteUrl})` }
  if (manifest.fingerprint !== fingerprint) {
    return { fullBecause: 'the templates, content schemas or site configuration changed since the previous build' }
  }
  return { from: previousBuild }
}

async function buildSite(): Promise<void> {
  const started = Date.now()
  const fingerprint = await sourceFingerprint(repoRoot, siteUrl)
  const base = await incrementalBase(fingerprint)
  // Beside dist, so the final renames stay on one filesystem.
  await mkdir(dirname(distDir), { recursive: true })
  const work = await mkdtemp(join(dirname(distDir), '.dist-build-'))
  const rendered = join(work, 'rendered')
  const state = join(work, 'state')
  const site = join(work, 'site')
  try {
    if ('fullBecause' in base) console.log(`build-site: building every page, because ${base.fullBecause}`)
    const phases: string[] = []
    const phase = async (name: string, work: () => Promise<unknown>) => {
      const phaseStarted = Date.now()
      await work()
      phases.push(`${name} ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s`)
    }
    await phase('astro', () =>
      run(bin('astro'), ['build', '--outDir', rendered], {
        SITE_BUILD_STATE: state,
        ...('from' in base ? { SITE_PREVIOUS_STATE: join(base.from, stateFolder), SITE_CHANGES: changes ?? '[]' } : {}),
      }),
    )
    const affected = await readAffectedRoutes(state)
    const renderedPages = (await htmlPages(rendered)).length
    if ('from' in base && affected && !affected.everything) {
      const { from } = base
      await phase('copying the previous build', async () => {
        await mkdir(site)
        await linkPreviousBuild(from, site)
        await removeRoutes(site, affected.remove)
        await overlay(rendered, site)
      })
    } else {
      await rename(rendered, site)
    }
    await phase('pagefind', () => run(bin('pagefind'), ['--site', site, '--silent']))
    const pages = (await htmlPages(site)).length
    const manifest: Manifest = {
      fingerprint,
      siteUrl,
      builtAt: new Date().toISOString(),
      rendered: renderedPages,
      reused: pages - renderedPages,
    }
    await rm(join(site, stateFolder), { recursive: true, force: true })
    await rename(state, join(site, stateFolder))
    await writeFile(join(site, stateFolder, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
    await swapIntoPlace(site)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const removed =
      affected && !affected.everything && affected.remove.length ? `, removed ${affected.remove.length}` : ''
    console.log(
      `build-site: ${pages} pages built into ${relative(process.cwd(), distDir) || 'dist'} in ${seconds} s: rendered ${manifest.rendered} pages, reused ${manifest.reused}${removed} (${phases.join(', ')})`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

buildSite().catch((error: Error) => {
  console.error(`build-site: ${error.message}; ${relative(process.cwd(), distDir) || 'dist'} was left as it was.`)
  process.exit(1)
})
