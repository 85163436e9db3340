import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../lib/paths'
import { startFakeCms } from './fakeCms'
import { type Measured, measure } from './measure'
import { syntheticRichText, syntheticSnapshot } from './syntheticCorpus'

export type BuildFigures = { full: Measured; incremental: Measured[] }

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
/** Our build (scripts/build-site.ts) into `dist`, measured; a fresh `dist` gives a full build. */
export const buildSite = (dist: string, env: Record<string, string>) =>
  measure(tsx, ['scripts/build-site.ts', '--dist', dist], { NODE_ENV: 'production', ...env }, repoRoot)

/** Pages the build reports having written ("build-site: 1529 pages built in …"). */
export const pagesBuilt = (output: string) => Number(/build-site: (\d+) pages/.exec(output)?.[1] ?? Number.NaN)

export type SizedBuild = Measured & { documents: number; pages: number }

/**
 * One full build of the synthetic site at each size (networks; pages are about 5× that: a page per
 * locale, and one at its old address in two of them), each from its own snapshot in a temporary
 * folder, so that how time and memory grow with the site can be read off.
 */
export async function benchFullBuildSizes(sizes: number[], log: (line: string) => void): Promise<SizedBuild[]> {
  const builds: SizedBuild[] = []
  for (const documents of sizes) {
    const work = await mkdtemp(join(tmpdir(), 'union-bench-size-'))
    try {
      const file = join(work, 'content.json')
      await writeFile(file, JSON.stringify(syntheticSnapshot(documents)))
      log(`full build at ${documents} networks × 3 locales…`)
      const result = await buildSite(join(work, 'dist'), { CONTENT_SNAPSHOT: file, CMS_URL: 'http://127.0.0.1:9' })
      if (result.code !== 0) throw new Error(`the full build at ${documents} failed:\n${result.output.slice(-3000)}`)
      const pages = pagesBuilt(result.output)
      log(
        `full build at ${documents}: ${pages} pages, ${result.seconds.toFixed(1)} s, peak ${result.peakRssMiB.toFixed(0)} MiB`,
      )
      builds.push({ ...result, documents, pages })
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
  return builds
}

/**
 * The synthetic site: one full build from a content snapshot, then `edits` one-document
 * incremental builds in a row, each after an edit of one network's Finnish description, fetched
 * from a fake CMS as the real build fetches from Payload.
 */
export async function benchSyntheticBuilds(documents: number, edits: number, log: (line: string) => void) {
  const work = await mkdtemp(join(tmpdir(), 'union-bench-'))
  const snapshot = syntheticSnapshot(documents)
  const file = join(work, 'content.json')
  await writeFile(file, JSON.stringify(snapshot))
  log(`synthetic site: ${documents} networks × 3 locales written to ${file}; full build…`)
  let live = join(work, 'build-0')
  const full = await buildSite(live, { CONTENT_SNAPSHOT: file, CMS_URL: 'http://127.0.0.1:9' })
  if (full.code !== 0) throw new Error(`the full synthetic build failed:\n${full.output.slice(-3000)}`)
  const summary = /build-site: \d+ pages.*/.exec(full.output)?.[0] ?? ''
  log(`full build: ${full.seconds.toFixed(1)} s, peak ${full.peakRssMiB.toFixed(0)} MiB; ${summary}`)
  const cms = await startFakeCms(snapshot)
  const incremental: Measured[] = []
  try {
    for (let edit = 1; edit <= edits; edit++) {
      const id = 1 + ((edit * 37) % documents)
      const doc = snapshot.collections['regional-networks'].fi?.find(
        (candidate) => (candidate as { id: number }).id === id,
      )
      Object.assign(doc as object, { description: syntheticRichText('fi', 400, 100_000 + edit) })
      const dist = join(work, `build-${edit}`)
      const result = await buildSite(dist, {
        CMS_URL: cms.url,
        // Only read if the build falls back to building everything (the templates changed meanwhile).
        CONTENT_SNAPSHOT: file,
        PREVIOUS_BUILD: live,
        SITE_CHANGES: JSON.stringify([{ type: 'publish', collection: 'regional-networks', id }]),
      })
      if (result.code !== 0) throw new Error(`incremental build ${edit} failed:\n${result.output.slice(-3000)}`)
      const summary = [/build-site: building every page.*/, /build-site: \d+ pages built.*/]
        .map((line) => line.exec(result.output)?.[0])
        .filter(Boolean)
        .join('; ')
      log(
        `incremental build ${edit}: ${result.seconds.toFixed(1)} s, peak ${result.peakRssMiB.toFixed(0)} MiB; ${summary}`,
      )
      incremental.push(result)
      live = dist
    }
  } finally {
    await cms.close()
  }
  return { work, figures: { full, incremental } satisfies BuildFigures }
}
