import { type HeadlessChromium, launchHeadlessChromium } from '../../../site/test/checks/headlessChromium'

type Page = Awaited<ReturnType<HeadlessChromium['context']['newPage']>>

/** Under `next dev` a view compiles on its first visit, which takes tens of seconds on a busy machine. */
const adminTimeoutMs = 180_000

/** The Payload admin in headless Chromium, driven the way an editor uses it. */
export class AdminBrowser {
  private constructor(
    private readonly browser: HeadlessChromium,
    readonly page: Page,
    private readonly cmsUrl: string,
  ) {}

  static async open(cmsUrl: string): Promise<AdminBrowser> {
    const browser = await launchHeadlessChromium()
    try {
      const page = await browser.context.newPage()
      page.setDefaultTimeout(adminTimeoutMs)
      page.setDefaultNavigationTimeout(adminTimeoutMs)
      return new AdminBrowser(browser, page, cmsUrl)
    } catch (error) {
      await browser.close()
      throw error
    }
  }

  async logIn(user: { email: string; password: string }): Promise<void> {
    await this.page.goto(`${this.cmsUrl}/admin/login`)
    await this.page.locator('#field-email').fill(user.email)
    await this.page.locator('#field-password').fill(user.password)
    await this.page.locator('button[type="submit"]').click()
    await this.page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  }

  /** Opens a document's edit view with the admin's content locale switched to `locale`. */
  async openDocument(collection: string, id: number, locale: string): Promise<void> {
    await this.page.goto(`${this.cmsUrl}/admin/collections/${collection}/${id}?locale=${locale}`)
    await this.page.locator('#action-save').waitFor()
  }

  /** Replaces the whole text of a rich text (Lexical) field by typing, as an editor would. */
  async retypeRichText(fieldPath: string, text: string): Promise<void> {
    const editor = this.page.locator(`[data-field-path="${fieldPath}"] [data-lexical-editor="true"]`)
    await editor.click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.type(text)
  }

  /** Clicks "Publish changes" and waits until the CMS has saved the document (not an autosave). */
  async publish(collection: string, id: number): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/${collection}/${id}?`) &&
        !response.url().includes('autosave=true'),
    )
    await this.page.locator('#action-save').click()
    const response = await saved
    if (response.status() !== 200) {
      throw new Error(
        `publishing ${collection} ${id} in the admin answered ${response.status()}: ${await response.text()}`,
      )
    }
  }

  /**
   * Admin → Site builds in a tab of its own, left open: the view polls, so what it shows later
   * comes from its own updates, not from a reload.
   */
  async openSiteBuilds(): Promise<SiteBuildsTab> {
    const page = await this.page.context().newPage()
    page.setDefaultTimeout(adminTimeoutMs)
    await page.goto(`${this.cmsUrl}/admin/site-builds`)
    await page.locator('[data-testid="live-build"]').waitFor()
    return new SiteBuildsTab(page)
  }

  close(): Promise<void> {
    return this.browser.close()
  }
}

/** What the Site builds view shows of one build. */
export type SiteBuildRow = { live: boolean; changes: string; publishers: string; pageLinks: string[] }

export class SiteBuildsTab {
  constructor(readonly page: Page) {}

  /** Waits until the view, by itself, shows the build with that result, and reads its row. */
  async build(buildId: string, result: 'succeeded' | 'failed', timeoutMs = 60_000): Promise<SiteBuildRow> {
    const row = this.page.locator(`[data-testid="site-builds"] tr[data-build-id="${buildId}"][data-result="${result}"]`)
    await row.waitFor({ timeout: timeoutMs })
    return {
      live: (await row.locator('td').first().textContent())?.includes('(') ?? false,
      changes: (await row.locator('[data-testid="build-changes"]').textContent()) ?? '',
      publishers: (await row.locator('[data-testid="build-publishers"]').textContent()) ?? '',
      pageLinks: await row
        .locator('[data-testid="build-pages"] a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)),
    }
  }

  /** A failed build's explanation: the plain sentence, and the details behind their disclosure. */
  async failure(
    buildId: string,
    timeoutMs = 60_000,
  ): Promise<{ sentence: string; detailsOpen: boolean; details: string }> {
    const note = this.page.locator(`tr[data-build-id="${buildId}"][data-result="failed"] [data-testid="build-failure"]`)
    await note.waitFor({ timeout: timeoutMs })
    const details = note.locator('details')
    return {
      sentence: (await note.locator('p').first().textContent()) ?? '',
      detailsOpen: await details.evaluate((element) => (element as HTMLDetailsElement).open),
      details: (await details.locator('pre').textContent()) ?? '',
    }
  }
}
