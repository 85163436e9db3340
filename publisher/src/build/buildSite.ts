import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { type BuildManifest, buildManifestSchema } from '@union/shared/messages/buildManifest'
import type { SiteChange } from '@union/shared/messages/siteChanges'
import { repoRoot, siteDir } from '../paths'
import { linkPreviousBuild, overlay, readAffected, removeRoutes, stateFolder } from './assembleSite'
import { buildSearchIndex } from './searchIndex'
import { sourceFingerprint } from './sourceFingerprint'

export type BuildSiteOptions = {
  /** An empty or absent folder the site is written into. The caller deploys it (one switch). */
  outDir: string
  /** The public address (SITE_URL), for the pages' links and the fingerprint. */
  siteUrl: string
  /** What changed since `previousBuild`; without both, every page is built. */
  changes?: SiteChange[]
  previousBuild?: string
  /** Build every page even when an incremental build is possible. */
  full?: boolean
  /**
   * `outDir` already holds a hard-linked copy of `previousBuild` but its state (the rebuild
   * service's staged copy, publisher/src/service/stagedCopy.ts): only changed files are replaced.
   */
  prepared?: boolean
  log?: (line: string) => void
}

export type BuildSummary = { pages: number; rendered: number; reused: number; phases: string[]; seconds: number }

const manifestFile = 'manifest.json'
const bin = (name: string) => join(siteDir, 'node_modules', '.bin', name)

/**
 * Builds the static site into `outDir`: Astro renders the pages (all of them, or with `changes` and
 * a previous build only those the changes affect, the rest hard-linked from the previous build),
 * then the search index is written (only the shards whose pages changed, the rest linked) and the
 * manifest the next build starts from. It never touches the previous build or the live site; on
 * failure `outDir` is left for the caller to remove.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSummary> {
  const started = Date.now()
  const log = options.log ?? ((line: string) => console.log(line))
  const { outDir } = options
  const fingerprint = await sourceFingerprint(repoRoot, options.siteUrl)
  const base = await incrementalBase(options, fingerprint)
  if ('fullBecause' in base) log(`build-site: building every page, because ${base.fullBecause}`)
  await mkdir(outDir, { recursive: true })
  if (!options.prepared && (await readdir(outDir)).length > 0)
    throw new Error(`${outDir} is not empty; a build writes into a fresh folder`)
  // Astro renders beside the output, so moving its pages into place stays on one filesystem.
  const work = join(outDir, '.work')
  const rendered = join(work, 'rendered')
  const state = join(outDir, stateFolder)
  const phases: string[] = []
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const phaseStarted = Date.now()
    const result = await run()
    phases.push(`${name} ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s`)
    return result
  }
  await phase('astro', () =>
    runAstro(rendered, {
      SITE_URL: options.siteUrl,
      SITE_BUILD_STATE: state,
      ...('from' in base
        ? {
            SITE_PREVIOUS_STATE: join(base.from, stateFolder),
            SITE_CHANGES: JSON.stringify(options.changes ?? []),
          }
        : {}),
    }),
  )
  const affected = await readAffected(state)
  const renderedPages = await htmlPages(rendered)
  const incremental = 'from' in base && affected !== undefined && !affected.everything ? affected : undefined
  // A page rendered again often comes out as it was (a list in another language); its search shard need not change.
  const changedPages = incremental && 'from' in base ? await differingPages(rendered, base.from, renderedPages) : []
  const prepared = options.prepared === true && incremental !== undefined
  if (incremental && 'from' in base) {
    await phase(prepared ? 'removing pages' : 'linking the previous build', async () => {
      if (!prepared) await linkPreviousBuild(base.from, outDir)
      await removeRoutes(outDir, incremental.remove)
    })
  } else if (options.prepared) {
    // A copy made for an incremental build that turned out to need every page: none of it is kept.
    for (const entry of await readdir(outDir)) {
      if (entry !== '.work' && entry !== stateFolder) await rm(join(outDir, entry), { recursive: true, force: true })
    }
  }
  await overlay(rendered, outDir)
  await rm(work, { recursive: true, force: true })
  const pages = await htmlPages(outDir)
  const search = await phase('search index', () =>
    buildSearchIndex({
      site: outDir,
      pages,
      previous: incremental && 'from' in base ? { site: base.from, manifest: base.manifest.search } : undefined,
      changedPages,
      removedRoutes: incremental?.remove ?? [],
      prepared,
    }),
  )
  const manifest: BuildManifest = {
    fingerprint,
    siteUrl: options.siteUrl,
    builtAt: new Date().toISOString(),
    rendered: renderedPages.length,
    reused: pages.length - renderedPages.length,
    search: search.manifest,
  }
  log(
    `build-site: search index: indexed ${search.indexed} of ${Object.keys(search.manifest.shards).length} shards (${search.pages} pages), linked the rest`,
  )
  await writeFile(join(state, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
  const seconds = (Date.now() - started) / 1000
  const removed = incremental?.remove.length ? `, removed ${incremental.remove.length}` : ''
  log(
    `build-site: ${pages.length} pages built in ${seconds.toFixed(1)} s: rendered ${manifest.rendered} pages, reused ${manifest.reused}${removed} (${phases.join(', ')})`,
  )
  return { pages: pages.length, rendered: manifest.rendered, reused: manifest.reused, phases, seconds }
}

type Base = { from: string; manifest: BuildManifest } | { fullBecause: string }

/** The previous build to start from, or why every page is built. */
async function incrementalBase(options: BuildSiteOptions, fingerprint: string): Promise<Base> {
  const { previousBuild, changes } = options
  if (options.full) return { fullBecause: 'a full build was asked for' }
  if (!changes) return { fullBecause: 'no changes were named' }
  if (!previousBuild) return { fullBecause: 'there is no previous build' }
  const file = join(previousBuild, stateFolder, manifestFile)
  if (!existsSync(file))
    return { fullBecause: `the previous build (${previousBuild}) has no ${stateFolder}/${manifestFile}` }
  const parsed = buildManifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
  if (!parsed.success) return { fullBecause: `the previous build's manifest is from an older version of the build` }
  const manifest = parsed.data
  if (manifest.siteUrl !== options.siteUrl)
    return { fullBecause: `SITE_URL changed (${manifest.siteUrl} → ${options.siteUrl})` }
  if (manifest.fingerprint !== fingerprint) {
    return { fullBecause: 'the templates, content schemas or site configuration changed since the previous build' }
  }
  return { from: previousBuild, manifest }
}

/** The pages of `rendered` that are new or differ from the same file of the previous build. */
async function differingPages(rendered: string, previous: string, pages: string[]): Promise<string[]> {
  const differing: string[] = []
  for (const page of pages) {
    const before = await readFile(join(previous, page)).catch(() => undefined)
    if (!before?.equals(await readFile(join(rendered, page)))) differing.push(page)
  }
  return differing
}

/**
 * Runs `astro build` for the site into `rendered`, isolated from any other build running at the
 * same time (another organisation's site, a preview beside a publish). Astro writes its page bundle
 * under the working directory and its content store into its cache folder; both are a scratch
 * folder of this build's own, inside site/node_modules/.astro so the bundle still finds the site's
 * packages. Processed images stay shared: the cache's assets folder links to the site's.
 */
async function runAstro(rendered: string, env: Record<string, string>): Promise<void> {
  const astroFolder = join(siteDir, 'node_modules', '.astro')
  const sharedImages = join(astroFolder, 'assets')
  await mkdir(sharedImages, { recursive: true })
  const scratch = await mkdtemp(join(astroFolder, 'build-'))
  try {
    await mkdir(join(scratch, 'cache'))
    await symlink(sharedImages, join(scratch, 'cache', 'assets'))
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(bin('astro'), ['build', '--root', siteDir, '--outDir', rendered], {
        cwd: scratch,
        stdio: 'inherit',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          SITE_ROOT: siteDir,
          SITE_CACHE_DIR: join(scratch, 'cache'),
          ...env,
        },
      })
      child.on('error', reject)
      child.on('exit', (code, signal) =>
        code === 0 ? resolvePromise() : reject(new Error(`astro build failed (${signal ?? `exit code ${code}`})`)),
      )
    })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** Every .html file under `folder`, as paths relative to it, sorted (the order things are indexed in). */
export async function htmlPages(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith(`${stateFolder}/`))
    .sort()
}

/**
 * For people and scripts (`pnpm build:site`): builds into a fresh folder beside `dist` and, only
 * when the build succeeds, puts it in `dist`'s place, the previous build kept as the base of an
 * incremental build. The rebuild service does not use this: it builds into builds/<id>/ and its one
 * switch is the `current` symlink (publisher/src/service/deploys.ts).
 */
export async function buildIntoPlace(dist: string, options: Omit<BuildSiteOptions, 'outDir'>): Promise<BuildSummary> {
  const fresh = `${dist}.building-${process.pid}`
  await rm(fresh, { recursive: true, force: true })
  try {
    const summary = await buildSite({ ...options, outDir: fresh })
    const old = `${dist}.previous-${process.pid}`
    if (existsSync(dist)) await rename(dist, old)
    await rename(fresh, dist)
    await rm(old, { recursive: true, force: true })
    return summary
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
}
