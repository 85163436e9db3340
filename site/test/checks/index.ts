import { resolve } from 'node:path'
import { checkAccessibility } from './accessibility'
import { readBuiltSite } from './builtSite'
import { checkHtmlValidity } from './htmlValidity'
import { checkInternalLinks } from './internalLinks'
import { checkPageLanguage } from './pageLanguage'
import { type CheckName, checkNames, type Problem } from './problem'

export type { CheckName, Problem } from './problem'

export type CheckOptions = {
  /** Run only these checks; all four by default. */
  only?: CheckName[]
  /**
   * The site's public URL (Astro's `site`); absolute links on its origin, such as canonical and
   * hreflang links, are checked as internal. Default http://localhost:4321, Astro's dev/preview URL.
   */
  siteUrl?: string
}

export const defaultSiteUrl = 'http://localhost:4321'

/**
 * Runs the checks every built page must pass over the `*.html` files of `distDir` (Astro's output)
 * and returns what is wrong, sorted by page; an empty list means the site passes.
 */
export async function checkBuiltSite(distDir: string, options: CheckOptions = {}): Promise<Problem[]> {
  const site = readBuiltSite(resolve(distDir))
  const siteOrigin = new URL(options.siteUrl ?? defaultSiteUrl).origin
  const wanted = new Set<CheckName>(options.only ?? checkNames)
  const checks: Record<CheckName, () => Promise<Problem[]>> = {
    html: () => checkHtmlValidity(site),
    axe: () => checkAccessibility(site),
    links: async () => checkInternalLinks(site, siteOrigin),
    lang: async () => checkPageLanguage(site, siteOrigin),
  }
  // One after another: Java (vnu) and Chromium (axe) each keep both cores of our machines busy,
  // and overlapping them measured slower than running them in turn.
  const problems: Problem[] = []
  for (const name of checkNames) if (wanted.has(name)) problems.push(...(await checks[name]()))
  return problems.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0))
}
