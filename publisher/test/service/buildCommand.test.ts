import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { startBuildCommand } from '../../src/service/buildCommand'

test('a contract failure keeps every broken document in the error, however long the stack after it', async () => {
  const script = [
    "console.error('Content contract broken (2 problems); the site was not built.')",
    `console.error('  - pages id 3, locale "sv", field "title": Too small')`,
    `console.error('  - regional-networks id 7, locale "en", field "region": Invalid option')`,
    "for (let i = 0; i < 40; i++) console.error('    at frame ' + i)",
    'process.exit(1)',
  ].join(';')
  const build = startBuildCommand({
    command: `node -e "${script.replaceAll('"', '\\"')}"`,
    cwd: process.cwd(),
    env: {},
    outDir: mkdtempSync(join(tmpdir(), 'union-build-')),
    buildId: 'test',
    log: () => {},
    timeoutMs: 30_000,
  })
  const error = await build.finished.then(
    () => undefined,
    (reason: unknown) => reason as Error,
  )
  // What follows the command line itself, which the message repeats.
  const reported = error?.message.split('exited with code 1')[1] ?? ''
  expect(reported).toContain('pages id 3, locale "sv", field "title"')
  expect(reported).toContain('regional-networks id 7, locale "en", field "region"')
  expect(reported).not.toContain('at frame')
})
