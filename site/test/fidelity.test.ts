import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  checkColonEndings,
  checkFacts,
  checkSiteClaims,
  describeFailedFacts,
  type Fact,
  type PageText,
  readSiteText,
} from './fidelity/checkFacts'
import { source000 } from './fidelity/facts/source000'
import { source001 } from './fidelity/facts/source001'
import { source002 } from './fidelity/facts/source002'
import { source003 } from './fidelity/facts/source003'
import { source004 } from './fidelity/facts/source004'
import { buildSeededSites, type Organisation, type SeededSites } from './fixtures/seededSites'

/**
 * The seeded demo sites are true to the source documents (../shared/seeds/): every fact of a
 * source, written by hand from it, is on the site of the organisation that published it, in the
 * source's languages, and nothing contradicts it; no sentence ends with a colon before nothing;
 * and what the pages say about the site itself holds for the site as built.
 */
const sources: { source: string; organisation: Organisation; facts: Fact[] }[] = [
  { source: '000 (international activities, fi + en)', organisation: 'jhl', facts: source000 },
  { source: '001 (immigrant activities and networks, en)', organisation: 'jhl', facts: source001 },
  { source: '002 (human-rights network, sv)', organisation: 'helsinki', facts: source002 },
  { source: '003 (action plan 2020, fi)', organisation: 'teollisuusliitto', facts: source003 },
  { source: '004 (international cooperation, vi)', organisation: 'vgcl', facts: source004 },
]
const organisations: Organisation[] = ['jhl', 'helsinki', 'teollisuusliitto', 'vgcl']

let sites: SeededSites
const texts = new Map<Organisation, PageText[]>()
const siteText = (organisation: Organisation) => {
  let text = texts.get(organisation)
  if (!text) {
    text = readSiteText(sites.site(organisation).pages)
    texts.set(organisation, text)
  }
  return text
}

beforeAll(async () => {
  sites = await buildSeededSites()
}, 300_000)
afterAll(async () => {
  await sites?.stop()
})

describe('every fact of a source is on its organisation’s site', () => {
  test.each(sources)('source $source on the $organisation site', ({ organisation, facts }) => {
    const failures = describeFailedFacts(checkFacts(siteText(organisation), facts))
    expect(failures, `${failures.length} of ${facts.length} facts fail:\n${failures.join('\n')}`).toEqual([])
  })
})

describe.each(organisations)('the %s site', (organisation) => {
  test('no sentence ends with a colon before nothing', () => {
    const endings = checkColonEndings(siteText(organisation)).map(({ page, sentence }) => `${page}: "${sentence}"`)
    expect(endings, endings.join('\n')).toEqual([])
  })

  test('what the pages say about the site is true of the site as built', () => {
    const falseClaims = checkSiteClaims(siteText(organisation)).map(
      ({ claim, pages, statement, problems }) =>
        `${claim} (stated on ${pages.join(', ')}: "${statement}"):\n  ${problems.join('\n  ')}`,
    )
    expect(falseClaims, falseClaims.join('\n')).toEqual([])
  })
})
