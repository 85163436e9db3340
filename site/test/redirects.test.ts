import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { silentLogger } from '../../publisher/src/service/logger'
import { type SiteServer, startSiteServer } from '../../publisher/src/service/siteServer'
import { runBuildSite } from './fixtures/buildSite'
import { startCmsWithContent } from './fixtures/cmsWithContent'

/**
 * Old addresses keep working, over HTTP: documents renamed through the real Payload, the site built
 * by scripts/build-site.ts (a full build, then incremental ones as the rebuild service makes them),
 * served by the rebuild service's site server from the live build.
 */
const work = mkdtempSync(join(tmpdir(), 'union-redirects-'))
const sitesDir = join(work, 'sites')
let cms: Awaited<ReturnType<typeof startCmsWithContent>>
let server: SiteServer
let live: string
let builds = 0
let sectionId: number
let kamutId: number

/** Builds from the live build with the given changes and makes the result live, as the rebuild service does. */
async function buildAndDeploy(changes?: unknown[]) {
  const dist = join(sitesDir, 'builds', `build-${++builds}`)
  const result = await runBuildSite(dist, {
    CMS_URL: cms.server.url,
    ...(changes ? { SITE_CHANGES: JSON.stringify(changes), PREVIOUS_BUILD: live } : {}),
  })
  expect(result.code, result.output).toBe(0)
  live = dist
  const current = join(sitesDir, 'current')
  rmSync(current, { force: true })
  symlinkSync(dist, current)
  return result.output
}

/** What the site server answers, without following redirects. */
async function get(path: string) {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), text: await response.text() }
}

/** The redirects the CMS recorded, as webhook changes: they come with the document's own. */
async function redirectChanges() {
  const all = await cms.payload.find({ collection: 'redirects', pagination: false })
  return all.docs.map((redirect) => ({ type: 'publish', collection: 'redirects', id: redirect.id }))
}

beforeAll(async () => {
  cms = await startCmsWithContent()
  const section = await cms.payload.find({
    collection: 'pages',
    locale: 'fi',
    where: { slug: { equals: 'testiosio' } },
  })
  sectionId = section.docs[0]!.id
  const kamut = await cms.payload.find({ collection: 'regional-networks', where: { acronym: { equals: 'KaMuT' } } })
  kamutId = kamut.docs[0]!.id
  // The seed has no Swedish network; KaMuT gets a Swedish translation here.
  await cms.payload.update({
    collection: 'regional-networks',
    id: kamutId,
    locale: 'sv',
    data: { name: 'KaMuT på svenska', slug: 'kamut-sv', translatedLocales: ['en', 'sv'], _status: 'published' },
    context: { seed: true },
  })
  mkdirSync(join(sitesDir, 'builds'), { recursive: true })
  await buildAndDeploy()
  server = await startSiteServer({ sitesDir, port: 0 }, silentLogger)
}, 240_000)
afterAll(async () => {
  await server?.close()
  await cms?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('addresses in each language’s own words', () => {
  test('the old English-worded addresses answer 301 to the new ones', async () => {
    expect(await get('/sv/networks/kamut-sv/')).toMatchObject({ status: 301, location: '/sv/natverk/kamut-sv/' })
    expect(await get('/fi/networks/')).toMatchObject({ status: 301, location: '/fi/verkostot/' })
    expect(await get('/fi/search/?q=KaMuT')).toMatchObject({ status: 301, location: '/fi/haku/?q=KaMuT' })
    expect(await get('/fi/site/accessibility/')).toMatchObject({
      status: 301,
      location: '/fi/sivusto/saavutettavuus/',
    })
    expect((await get('/fi/sivusto/saavutettavuus/')).status).toBe(200)
    expect((await get('/sv/natverk/kamut-sv/')).status).toBe(200)
    // English addresses were always in English: they are pages, not redirects.
    expect((await get('/en/networks/kamut/')).status).toBe(200)
  })
})

describe('a published document that moves', () => {
  test('a renamed page and a renamed network: the old addresses answer 301, as a page and in _redirects', async () => {
    await cms.payload.update({
      collection: 'pages',
      id: sectionId,
      locale: 'fi',
      data: { slug: 'uusi-osio', _status: 'published' },
    })
    await cms.payload.update({
      collection: 'regional-networks',
      id: kamutId,
      locale: 'sv',
      data: { slug: 'kamut-nytt', _status: 'published' },
    })
    const output = await buildAndDeploy([
      { type: 'publish', collection: 'pages', id: sectionId },
      { type: 'publish', collection: 'regional-networks', id: kamutId },
      ...(await redirectChanges()),
    ])
    expect(output).toContain('the redirects')

    expect(await get('/fi/testiosio/')).toMatchObject({ status: 301, location: '/fi/uusi-osio/' })
    expect(await get('/fi/testiosio/alasivu/')).toMatchObject({ status: 301, location: '/fi/uusi-osio/alasivu/' })
    expect(await get('/fi/testiosio')).toMatchObject({ status: 301, location: '/fi/uusi-osio/' })
    expect((await get('/fi/uusi-osio/alasivu/')).status).toBe(200)
    expect(await get('/sv/natverk/kamut-sv/')).toMatchObject({ status: 301, location: '/sv/natverk/kamut-nytt/' })
    // The English-worded old address leads straight to the new one, not through another redirect.
    expect(await get('/sv/networks/kamut-sv/')).toMatchObject({ status: 301, location: '/sv/natverk/kamut-nytt/' })

    const stub = readFileSync(join(live, 'fi/testiosio/index.html'), 'utf8')
    expect(stub).toContain('<meta http-equiv="refresh" content="0;url=/fi/uusi-osio/">')
    expect(stub).toContain('<link rel="canonical" href="http://localhost:4321/fi/uusi-osio/">')
    expect(stub).toContain('<meta name="robots" content="noindex">')
    const redirects = readFileSync(join(live, '_redirects'), 'utf8').split('\n')
    expect(redirects).toContain('/fi/testiosio/ /fi/uusi-osio/ 301')
    expect(redirects).toContain('/sv/natverk/kamut-sv/ /sv/natverk/kamut-nytt/ 301')
    expect(redirects).toContain('/fi/networks/ /fi/verkostot/ 301')
  }, 120_000)

  test('renaming on and then back makes neither a chain nor a loop, and the page is a page again', async () => {
    for (const slug of ['kolmas-osio', 'testiosio']) {
      await cms.payload.update({
        collection: 'pages',
        id: sectionId,
        locale: 'fi',
        data: { slug, _status: 'published' },
      })
    }
    await buildAndDeploy([{ type: 'publish', collection: 'pages', id: sectionId }, ...(await redirectChanges())])
    expect((await get('/fi/testiosio/')).status).toBe(200)
    expect(readFileSync(join(live, 'fi/testiosio/index.html'), 'utf8')).not.toContain('http-equiv="refresh"')
    expect(await get('/fi/uusi-osio/')).toMatchObject({ status: 301, location: '/fi/testiosio/' })
    expect(await get('/fi/kolmas-osio/')).toMatchObject({ status: 301, location: '/fi/testiosio/' })
    // Every redirect leads to a page in one step.
    const lines = readFileSync(join(live, '_redirects'), 'utf8').trim().split('\n')
    for (const line of lines) {
      const [from, to] = line.split(' ')
      const answer = await get(to!)
      expect(answer.status, `${from} → ${to} answers ${answer.status}`).toBe(200)
    }
  }, 120_000)
})
