/**
 * Builds the static site (publisher/src/build/buildSite.ts). Reads the site's environment (CMS_URL,
 * CONTENT_SNAPSHOT, SITE_URL; see site/src/siteEnv.ts) and, for an incremental build, SITE_CHANGES
 * (a JSON list of changes, shared/src/messages/siteChanges.ts) and PREVIOUS_BUILD; SITE_BUILD_FULL=1
 * builds every page.
 *
 *   tsx scripts/build-site.ts [--dist site/dist]   build, then put the new site in dist's place
 *   tsx scripts/build-site.ts --out <empty dir>    build into a fresh folder and stop there (the
 *                                                  rebuild service deploys it with its own switch)
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildEnvironment } from '../publisher/src/build/buildEnvironment'
import { buildIntoPlace, buildSite } from '../publisher/src/build/buildSite'
import { siteDir } from '../publisher/src/paths'

const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } })

async function main() {
  const environment = buildEnvironment(process.env)
  if (values.out) return void (await buildSite({ ...environment, outDir: resolve(values.out) }))
  const dist = resolve(values.dist ?? `${siteDir}/dist`)
  await buildIntoPlace(dist, { ...environment, previousBuild: environment.previousBuild ?? dist })
}

main().catch((error: Error) => {
  const target = values.out ?? values.dist ?? 'site/dist'
  console.error(`build-site: ${error.message}; ${target} was left as it was.`)
  process.exit(1)
})
