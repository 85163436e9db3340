import { isAbsolute, join, resolve } from 'node:path'
import { assertWebhookSecret } from '@union/shared/webhooks'
import { repoRoot } from '../lib/paths'

/**
 * Every setting of the production start (scripts/production.ts), read once. Required, because a
 * guessed or generated value would be wrong on a server:
 *
 * PAYLOAD_SECRET          signs the CMS's sessions (e.g. `openssl rand -hex 32`)
 * SERVER_URL              public URL of the CMS (admin and API), e.g. https://cms.union.example
 * SITE_URL                public URL of the static site, e.g. https://www.union.example (canonical links, sitemap);
 *                         with several organisations a pattern, e.g. https://{organisation}.sites.example
 * REBUILD_WEBHOOK_SECRET  signs the CMS's publish webhooks (`pnpm tsx scripts/rebuild-service.ts --new-secret`)
 * REBUILD_TOKEN           lets the admin's Site builds view rebuild and roll back (e.g. `openssl rand -hex 24`)
 *
 * Optional, with defaults: NEXT_DIST_DIR (.next, the admin's build inside cms/), DATA_DIR (<repo>/data: database, media, backups, and the built sites in
 * DATA_DIR/site/<organisation> unless SITES_DIR says otherwise), CMS_PORT 3000, SITE_PORT 4321 and REBUILD_PORT 4322 (the first organisation's; the next get the two ports after),
 * JOBS_SHUTDOWN_GRACE_MS and REBUILD_SHUTDOWN_GRACE_MS 30000 (how long a running job or site build may
 * finish on stop; the supervisor waits five seconds longer before it kills the part).
 * The CMS's own settings (SMTP_*, LOG_LEVEL, DATABASE_URI …) pass through: cms/src/env.ts.
 */
export type ProductionSettings = {
  env: Record<string, string>
  cmsPort: number
  sitePort: number
  rebuildPort: number
  serverUrl: string
  siteUrl: string
  rebuildToken: string
  /** How long a running job and a running site build may take to finish on stop (their own settings). */
  jobsShutdownGraceMs: number
  rebuildShutdownGraceMs: number
}

const required = ['PAYLOAD_SECRET', 'SERVER_URL', 'SITE_URL', 'REBUILD_WEBHOOK_SECRET', 'REBUILD_TOKEN'] as const

type Environment = Readonly<Record<string, string | undefined>>

/** The settings, or an error that names every missing or malformed one at once. */
export function readProductionSettings(env: Environment = process.env): ProductionSettings {
  const problems = required.filter((name) => !env[name]).map((name) => `${name} is not set`)
  for (const name of ['SERVER_URL', 'SITE_URL'] as const) {
    const value = env[name]
    if (value && !/^https?:\/\/[^/]+/.test(value)) problems.push(`${name} "${value}" is not an http(s) URL`)
  }
  try {
    if (env.REBUILD_WEBHOOK_SECRET) assertWebhookSecret(env.REBUILD_WEBHOOK_SECRET, 'REBUILD_WEBHOOK_SECRET')
  } catch (error) {
    problems.push((error as Error).message)
  }
  const ports = {
    cmsPort: port(env, 'CMS_PORT', 3000, problems),
    sitePort: port(env, 'SITE_PORT', 4321, problems),
    rebuildPort: port(env, 'REBUILD_PORT', 4322, problems),
  }
  const jobsShutdownGraceMs = milliseconds(env, 'JOBS_SHUTDOWN_GRACE_MS', 30_000, problems)
  const rebuildShutdownGraceMs = milliseconds(env, 'REBUILD_SHUTDOWN_GRACE_MS', 30_000, problems)
  if (problems.length > 0) {
    throw new Error(
      `The production start needs these settings (README, Deployment):\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    )
  }
  const dataDir = repoPath(env.DATA_DIR, 'data')
  const serverUrl = String(env.SERVER_URL).replace(/\/$/, '')
  const siteUrl = String(env.SITE_URL).replace(/\/$/, '')
  const internal = (port: number) => `http://127.0.0.1:${port}`
  return {
    ...ports,
    serverUrl,
    siteUrl,
    rebuildToken: String(env.REBUILD_TOKEN),
    jobsShutdownGraceMs,
    rebuildShutdownGraceMs,
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: dataDir,
      SITES_DIR: repoPath(env.SITES_DIR, join(dataDir, 'site')),
      PAYLOAD_SECRET: String(env.PAYLOAD_SECRET),
      SERVER_URL: serverUrl,
      SITE_URL: siteUrl,
      REBUILD_WEBHOOK_SECRET: String(env.REBUILD_WEBHOOK_SECRET),
      REBUILD_TOKEN: String(env.REBUILD_TOKEN),
      // The parts talk to each other on this machine; only the proxy in front is public.
      CMS_URL: internal(ports.cmsPort),
      REBUILD_URL: internal(ports.rebuildPort),
      CMS_ORIGIN: new URL(serverUrl).origin,
      // The admin's build folder (cms/next.config.ts): `next build` and `next start` must agree on it.
      NEXT_DIST_DIR: env.NEXT_DIST_DIR || '.next',
    },
  }
}

function port(env: Environment, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) problems.push(`${name} "${raw}" is not a port number`)
  return value
}

function milliseconds(env: Environment, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) problems.push(`${name} "${raw}" is not a whole number of milliseconds`)
  return value
}

function repoPath(configured: string | undefined, fallback: string): string {
  const path = configured || fallback
  return isAbsolute(path) ? path : resolve(repoRoot, path)
}
