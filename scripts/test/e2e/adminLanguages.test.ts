/**
 * The admin in Finnish, in headless Chromium on the seeded CMS under `next dev`: a browser that
 * asks for English (as most do) still gets Finnish until the user picks a language in the account
 * view; English chosen there shows our English labels; Finnish chosen again leaves no English text
 * of ours on a regional network's edit view, and Payload's own texts are Finnish too.
 */

import { afterAll, beforeAll, expect, test } from 'vitest'
import { ourEnglish } from '../../../cms/test/ourTexts'
import { AdminBrowser } from './adminBrowser'
import { type AdminOnlyCms, startAdminOnlyCms } from './adminOnly'
import { fixtureContent } from './fixtureContent'

let cms: AdminOnlyCms
let english: Set<string>

beforeAll(async () => {
  const { default: config } = await import('@union/cms/config')
  english = ourEnglish(await config)
  cms = await startAdminOnlyCms()
}, 1_200_000)

afterAll(() => cms?.stop(), 60_000)

/** The edit view's visible lines, without the document's own content (its inputs' values are not text). */
async function visibleLines(browser: AdminBrowser): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what an editor sees, as rendered, one label a line
  const text = await browser.page.locator('body').innerText()
  return text
    .split('\n')
    .map((line) => line.replace(/\s*\*$/, '').trim())
    .filter(Boolean)
}

async function chooseLanguage(browser: AdminBrowser, name: string, lang: string): Promise<void> {
  await browser.page.goto(`${cms.cmsUrl}/admin/account`)
  const select = browser.page.locator('#language-select')
  await select.fill(name)
  await select.press('Enter')
  await browser.page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang)
}

test('the admin is Finnish by default, each user picks a language, and a Finnish edit view has no English of ours', async () => {
  expect(english.size).toBeGreaterThan(100)
  const browser = await AdminBrowser.open(cms.cmsUrl)
  try {
    // As an English-language operating system's browser asks.
    await browser.page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' })
    await browser.page.goto(`${cms.cmsUrl}/admin/login`)
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('fi')
    await browser.logIn(fixtureContent.editor)

    await chooseLanguage(browser, 'English', 'en')
    await browser.openDocument('regional-networks', cms.prepared.networkId, 'fi')
    const inEnglish = await visibleLines(browser)
    expect(inEnglish, inEnglish.join(' | ')).toContain('Has its own representative in the regional group')
    expect(inEnglish.filter((line) => english.has(line)).length, inEnglish.join(' | ')).toBeGreaterThan(5)

    await chooseLanguage(browser, 'Suomi', 'fi')
    await browser.openDocument('regional-networks', cms.prepared.networkId, 'fi')
    const inFinnish = await visibleLines(browser)
    expect(inFinnish, inFinnish.join(' | ')).toContain('Verkostolla on oma edustaja alueryhmässä')
    expect(inFinnish.some((line) => line.includes('Julkaise muutokset') || line.includes('Tallenna luonnos'))).toBe(
      true,
    )
    expect(inFinnish.filter((line) => english.has(line))).toEqual([])
  } catch (error) {
    console.error(`The CMS's last output:\n${cms.logTail()}`)
    throw error
  } finally {
    await browser.close()
  }
}, 900_000)
