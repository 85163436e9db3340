/**
 * The Site builds view's plain-language reading of a failed build, from the errors the real parts
 * write: the site's content contract (site/src/loader/contractError.ts) as the rebuild service
 * keeps it (publisher/src/service/buildCommand.ts), a CMS the build could not reach, anything else.
 */
import { expect, test } from 'vitest'
import { ContentContractError } from '../../site/src/loader/contractError'
import { explainFailure } from '../src/siteBuilds/buildFailure'
import { siteBuildsT, siteBuildsTranslations } from '../src/siteBuilds/translations'

const buildFailed = (output: string) =>
  `build command "tsx scripts/build-site.ts --out $OUT_DIR" exited with code 1; ${output}`

test('content that breaks the contract names each document, locale and field', () => {
  // An issue as zod reports a name of spaces (the contract trims, then requires a character).
  const issue = { code: 'too_small', origin: 'string', minimum: 1, message: 'Too small', path: ['name'], input: '' }
  const error = new ContentContractError([
    { collection: 'regional-networks', id: '9', locale: 'sv', issues: [issue as never] },
  ])
  const lines = error.message.split('\n').filter((line) => line.includes(', field "'))
  expect(explainFailure(buildFailed(lines.join('\n')))).toEqual({
    kind: 'contract',
    problems: [{ collection: 'regional-networks', id: '9', locale: 'sv', field: 'name', reason: expect.any(String) }],
  })
})

test('a CMS that does not answer the build is told apart from other errors', () => {
  const unreachable = 'Could not reach the CMS at http://localhost:3000 (fetch failed). Start it, set CMS_URL, …'
  expect(explainFailure(buildFailed(`last output:\nbuild-site: ${unreachable}`))).toEqual({ kind: 'cms' })
  expect(explainFailure(buildFailed('last output:\nCMS request failed: GET http://cms/api/pages → 500'))).toEqual({
    kind: 'cms',
  })
  expect(explainFailure('build command "x" was killed by SIGKILL')).toEqual({ kind: 'unexpected' })
  expect(explainFailure('interrupted: the rebuild service stopped during the build')).toEqual({ kind: 'unexpected' })
})

test('every text is there in fi, sv and en, and an admin language without ours falls back to English', () => {
  const keys = Object.keys(siteBuildsTranslations.en.siteBuilds).sort()
  expect(Object.keys(siteBuildsTranslations.fi.siteBuilds).sort()).toEqual(keys)
  expect(Object.keys(siteBuildsTranslations.sv.siteBuilds).sort()).toEqual(keys)
  // Payload's t answers with the key itself when a language has no such text (e.g. Estonian).
  const estonian = siteBuildsT(((key: string) => key) as never)
  expect(estonian('siteBuilds:changesWaiting', { count: 3 })).toBe('3 changes waiting')
  expect(estonian('siteBuilds:changesWaiting', { count: 1 })).toBe('1 change waiting')
})
