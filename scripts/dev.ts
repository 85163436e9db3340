/**
 * `npm start`: the whole system on the embedded default (SQLite in ./data). Seeds the database on
 * its first start, then runs the CMS (admin + REST API) and prints where to log in.
 */
import { join } from 'node:path'
import { repoRoot } from './lib/paths'
import { runChild, startChild, waitForUrl } from './lib/processes'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const cmsUrl = `http://localhost:${cmsPort}`
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const next = join(repoRoot, 'cms', 'node_modules', '.bin', 'next')

async function main() {
  await runChild('seed', tsx, [join(repoRoot, 'scripts', 'seed.ts'), '--if-empty'])

  startChild('cms', next, ['dev', '--port', String(cmsPort)], {
    cwd: join(repoRoot, 'cms'),
    env: { NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: cmsUrl },
  })
  await waitForUrl(`${cmsUrl}/api/users/init`)
  const { initialized } = (await (await fetch(`${cmsUrl}/api/users/init`)).json()) as { initialized: boolean }
  // Compile the admin once now, so the first visit does not wait for it.
  await waitForUrl(`${cmsUrl}/admin/login`)

  console.log(
    [
      '',
      'The CMS is running.',
      `  Admin:    ${cmsUrl}/admin`,
      `  REST API: ${cmsUrl}/api/regional-networks?locale=fi`,
      initialized
        ? `  Log in:   ${cmsUrl}/admin/login`
        : `  First login: create the first (admin) user at ${cmsUrl}/admin/create-first-user`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
