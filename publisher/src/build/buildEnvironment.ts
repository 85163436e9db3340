import { resolve } from 'node:path'
import { parseSiteChanges } from '@union/shared/messages/siteChanges'
import type { BuildSiteOptions } from './buildSite'

/**
 * A build's settings from the environment of `scripts/build-site.ts`: SITE_URL (the same default as
 * site/src/siteEnv.ts), SITE_CHANGES and PREVIOUS_BUILD (set by the rebuild service), SITE_BUILD_FULL=1, and
 * OUT_DIR_HOLDS_PREVIOUS=1 when the service hands over a staged copy of PREVIOUS_BUILD as the output folder.
 */
export function buildEnvironment(env: NodeJS.ProcessEnv): Omit<BuildSiteOptions, 'outDir'> {
  return {
    siteUrl: (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, ''),
    changes: env.SITE_CHANGES ? parseSiteChanges(env.SITE_CHANGES) : undefined,
    previousBuild: env.PREVIOUS_BUILD ? resolve(env.PREVIOUS_BUILD) : undefined,
    full: env.SITE_BUILD_FULL === '1',
    prepared: env.OUT_DIR_HOLDS_PREVIOUS === '1',
  }
}
