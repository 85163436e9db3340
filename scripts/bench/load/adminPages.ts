import { type HeadlessChromium, launchHeadlessChromium } from '../../../site/test/checks/headlessChromium'
import type { BenchUser } from './fixture'

/**
 * Admin page loads in headless Chromium (Debian's, the site checks' launcher): logged in through
 * REST (POST /api/users/login sets the session cookie in the browser's context), so the first page
 * the browser opens is the admin's first page after login. A load is timed from the navigation's
 * start until the page's main content is visible and the network is idle: the later of the moment
 * the content showed and the end of the last request before 500 ms without any (Playwright's
 * `networkidle`; its 500 ms of quiet are not counted). Cold: the first visit after the server
 * started; warm: the median of the following visits.
 */
export type PageTimings = { page: string; coldMs: number; warmMs: number[] }

const timeoutMs = 300_000

type Page = Awaited<ReturnType<HeadlessChromium['context']['newPage']>>

export async function timeAdminPages(
  cmsUrl: string,
  user: BenchUser,
  networkId: number,
  warmVisits: number,
  log: (line: string) => void,
): Promise<PageTimings[]> {
  const browser = await launchHeadlessChromium()
  try {
    const login = await browser.context.request.post(`${cmsUrl}/api/users/login`, {
      data: { email: user.email, password: user.password },
    })
    if (!login.ok()) throw new Error(`login through REST answered ${login.status()}: ${await login.text()}`)
    const page = await browser.context.newPage()
    page.setDefaultTimeout(timeoutMs)
    const views = [
      {
        page: '/admin (dashboard)',
        path: '/admin',
        content: '.dashboard a[href="/admin/collections/regional-networks"]',
      },
      {
        page: `/admin/collections/regional-networks/${networkId} (edit view)`,
        path: `/admin/collections/regional-networks/${networkId}`,
        content: '#field-name',
      },
    ]
    const timings: PageTimings[] = []
    for (const view of views) {
      const coldMs = await timeVisit(page, `${cmsUrl}${view.path}`, view.content)
      log(`admin ${view.page}: cold ${Math.round(coldMs)} ms`)
      const warmMs: number[] = []
      for (let visit = 0; visit < warmVisits; visit++)
        warmMs.push(await timeVisit(page, `${cmsUrl}${view.path}`, view.content))
      log(`admin ${view.page}: warm ${warmMs.map((ms) => Math.round(ms)).join(', ')} ms`)
      timings.push({ page: view.page, coldMs, warmMs })
    }
    return timings
  } finally {
    await browser.close()
  }
}

async function timeVisit(page: Page, url: string, content: string): Promise<number> {
  // From an empty page, so the previous visit's content cannot count as this one's.
  await page.goto('about:blank')
  let lastNetwork = 0
  const seen = () => {
    lastNetwork = performance.now()
  }
  page.on('requestfinished', seen)
  page.on('requestfailed', seen)
  try {
    const started = performance.now()
    const shown = page
      .locator(content)
      .first()
      .waitFor({ state: 'visible', timeout: timeoutMs })
      .then(() => performance.now())
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: timeoutMs })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`)
    const visibleAt = await shown
    if (!new URL(page.url()).pathname.startsWith(new URL(url).pathname)) {
      throw new Error(`${url} ended at ${page.url()} (not logged in?)`)
    }
    return Math.max(visibleAt, lastNetwork) - started
  } finally {
    page.off('requestfinished', seen)
    page.off('requestfailed', seen)
  }
}
