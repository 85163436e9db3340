import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'
import type { BuiltSite } from './builtSite'
import { launchHeadlessChromium } from './headlessChromium'
import type { Problem } from './problem'
import { urlPathForPage } from './sitePaths'
import { serveBuiltSite } from './staticServer'

const axeSource: string = createRequire(import.meta.url)('axe-core').source

/** The page's `window` once axe's source has run in it. */
type WindowWithAxe = { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }

const axeOptions: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }

// Two pages at a time: the machines have two cores, and Chromium renders each page on its own.
const parallelPages = 2

/**
 * Opens every content page in headless Chromium, served over HTTP as the public sees it, and runs
 * axe-core's WCAG 2.1 A/AA rules. Each element of each violation is one problem. Redirect stubs are
 * left out: they navigate away while axe runs.
 */
export async function checkAccessibility(site: BuiltSite): Promise<Problem[]> {
  const pages = site.contentPages()
  if (pages.length === 0) return []
  const server = await serveBuiltSite(site)
  try {
    const chromium = await launchHeadlessChromium()
    try {
      // Only the site itself is loaded; a request elsewhere would wait on a network this machine does not have.
      await chromium.context.route(
        (url) => url.origin !== server.origin,
        (route) => route.abort('blockedbyclient'),
      )
      const queue = [...pages]
      const results = new Map<string, Problem[]>()
      const worker = async (): Promise<void> => {
        const page = await chromium.context.newPage()
        try {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            results.set(next, await axeProblems(page, next, `${server.origin}${urlPathForPage(next)}`))
          }
        } finally {
          await page.close()
        }
      }
      await Promise.all(Array.from({ length: Math.min(parallelPages, pages.length) }, worker))
      return pages.flatMap((page) => results.get(page) ?? [])
    } finally {
      await chromium.close()
    }
  } finally {
    await server.close()
  }
}

async function axeProblems(browserPage: Page, page: string, url: string): Promise<Problem[]> {
  const response = await browserPage.goto(url, { waitUntil: 'load' })
  if (!response?.ok())
    throw new Error(`Could not open ${page} at ${url} for axe: HTTP ${response?.status() ?? 'no response'}`)
  await browserPage.evaluate(axeSource)
  const results = await browserPage.evaluate(
    (options) => (window as unknown as WindowWithAxe).axe.run(document, options),
    axeOptions,
  )
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page,
      check: 'axe' as const,
      message: `${violation.id} at ${node.target.join(' ')}: ${violation.help} (${violation.impact ?? 'no impact given'}; ${violation.helpUrl})`,
    })),
  )
}
