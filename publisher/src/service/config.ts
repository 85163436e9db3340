import { isAbsolute, join, resolve } from 'node:path'
import { assertWebhookSecret } from '@union/shared/webhooks'
import { repoRoot } from '../paths'

/**
 * Every setting the rebuild service and the site server read from the environment, in one place,
 * with its default. The rebuild service:
 *
 * REBUILD_WEBHOOK_SECRET  required: `whsec_` + base64, shared with the CMS, which signs its webhooks with it
 * REBUILD_TOKEN           bearer token for POST /rebuild and POST /rollback/<id>; unset → both answer 503
 * SITES_DIR               builds/<id>/ and the `current` symlink live here (default <repo>/data/site)
 * REBUILD_COMMAND         shell command that writes the site into $OUT_DIR (set in its environment; the
 *                         shell expands "$OUT_DIR" in the command), run in the repository root
 *                         (default: tsx scripts/build-site.ts --out "$OUT_DIR")
 * REBUILD_PORT            port of the control API: webhooks, status, health, manual rebuild, rollback (default 4322)
 * REBUILD_STAGED_COPY     1: an incremental build gets a ready copy of the live build as OUT_DIR, made after
 *                         the previous deploy (stagedCopy.ts); its files are the live site's, hard-linked, so
 *                         the command must replace files, never write into them (default 1 for the default
 *                         command, 0 for another REBUILD_COMMAND)
 * REBUILD_DEBOUNCE_MS     quiet time after a webhook before building, so a burst gives one build (default 500;
 *                         changes that arrive while a build runs are built together after it anyway)
 * REBUILD_KEEP            successful builds kept on disk for rollback (default 5)
 * REBUILD_TIMEOUT_MS      a build running longer is killed and counts as failed (default 600000, ten minutes)
 * REBUILD_SHUTDOWN_GRACE_MS  on SIGTERM, how long a running build may take to finish before it is abandoned
 *                         without touching the live site (default 30000)
 * SITE_ORGANISATION       the slug of the organisation whose site this service builds (passed on to the build);
 *                         a webhook about another organisation's content is answered 200 and builds nothing
 * SITE_URL                the public site's address, passed on to the build and named in GET /status so the
 *                         admin links to the pages a build changed (default http://localhost:4321, as the site's);
 *                         the addresses of previews (/_preview/<token>/…, served by the site server) start with it
 * CMS_ORIGIN              origin allowed by CORS to read GET /status from the admin (default http://localhost:3000)
 * NODE_ENV                "production": log JSON lines (logger.ts)
 * REBUILD_TEST_PAUSE_AFTER_SWITCH_MS  test only: a pause between switching `current` to a new build and
 *                         recording it, so a test can kill the service in that window (default 0: none)
 */
export type RebuildConfig = {
  webhookSecret: string
  token: string | undefined
  sitesDir: string
  buildCommand: string
  /**
   * Hand an incremental build a copy of the live build as OUT_DIR (OUT_DIR_HOLDS_PREVIOUS=1; see
   * stagedCopy.ts). Its files are hard links to the live site's, so the command must replace files,
   * never write into them: on for the default command, which does; off for another unless asked.
   */
  stagedCopy: boolean
  controlPort: number
  debounceMs: number
  keep: number
  timeoutMs: number
  shutdownGraceMs: number
  cmsOrigin: string
  siteUrl: string
  organisation: string | undefined
  pauseAfterSwitchMs: number
}

/**
 * The site server (scripts/site-server.ts), which needs no secret:
 *
 * SITES_DIR   as above; it serves SITES_DIR/current
 * SITE_PORT   port of the public site (default 4321)
 */
export type SiteServerConfig = {
  sitesDir: string
  port: number
}

type Environment = Readonly<Record<string, string | undefined>>

export function readRebuildConfig(env: Environment = process.env): RebuildConfig {
  const webhookSecret = env.REBUILD_WEBHOOK_SECRET ?? ''
  if (webhookSecret === '') {
    throw new Error(
      'REBUILD_WEBHOOK_SECRET is not set: give the rebuild service the secret the CMS signs its webhooks with (generate one with `pnpm tsx scripts/rebuild-service.ts --new-secret`)',
    )
  }
  assertWebhookSecret(webhookSecret, 'REBUILD_WEBHOOK_SECRET')
  return {
    webhookSecret,
    token: env.REBUILD_TOKEN || undefined,
    sitesDir: sitesDir(env),
    buildCommand:
      env.REBUILD_COMMAND ||
      `"${join(repoRoot, 'node_modules', '.bin', 'tsx')}" scripts/build-site.ts --out "$OUT_DIR"`,
    stagedCopy: env.REBUILD_STAGED_COPY ? env.REBUILD_STAGED_COPY === '1' : !env.REBUILD_COMMAND,
    controlPort: whole(env, 'REBUILD_PORT', 4322, 0),
    debounceMs: whole(env, 'REBUILD_DEBOUNCE_MS', 500, 0),
    keep: whole(env, 'REBUILD_KEEP', 5, 1),
    timeoutMs: whole(env, 'REBUILD_TIMEOUT_MS', 600_000, 1),
    shutdownGraceMs: whole(env, 'REBUILD_SHUTDOWN_GRACE_MS', 30_000, 0),
    cmsOrigin: env.CMS_ORIGIN || 'http://localhost:3000',
    siteUrl: (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, ''),
    organisation: env.SITE_ORGANISATION || undefined,
    pauseAfterSwitchMs: whole(env, 'REBUILD_TEST_PAUSE_AFTER_SWITCH_MS', 0, 0),
  }
}

export function readSiteServerConfig(env: Environment = process.env): SiteServerConfig {
  return { sitesDir: sitesDir(env), port: whole(env, 'SITE_PORT', 4321, 0) }
}

/** Both processes must agree on it: the rebuild service writes there, the site server reads. */
function sitesDir(env: Environment): string {
  return repoPath(env.SITES_DIR, join('data', 'site'))
}

function repoPath(configured: string | undefined, fallback: string): string {
  if (!configured) return join(repoRoot, fallback)
  return isAbsolute(configured) ? configured : resolve(repoRoot, configured)
}

function whole(env: Environment, name: string, fallback: number, minimum: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} "${raw}" must be a whole number of at least ${minimum}`)
  }
  return value
}
