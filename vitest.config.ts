import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{cms,shared,content-schemas,scripts,site,publisher}/test/**/*.test.ts'],
    // Each file starts its own Payload; one at a time keeps memory and SQLite/Mongo state predictable.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      PAYLOAD_SECRET: 'test-secret-not-for-production',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'union-test-')),
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
  },
})
