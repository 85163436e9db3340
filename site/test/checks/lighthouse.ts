import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { chromiumArgs, chromiumPath } from './headlessChromium'

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

/** An audit that cost its category points: what a person fixing the page reads first. */
export type LostAudit = { category: LighthouseCategory; id: string; title: string; score: number; shown?: string }

export type LighthouseResult = {
  url: string
  /** 0–100 per category run, as the Lighthouse report shows them. */
  scores: Partial<Record<LighthouseCategory, number>>
  lost: LostAudit[]
  /** Lighthouse's own warnings, such as a busy machine's CPU making the performance run unreliable. */
  warnings: string[]
}

/**
 * Runs Lighthouse on each URL in turn, in one headless Chromium (Debian's, with the flags the other
 * browser checks use). Mobile is Lighthouse's default and stricter preset (a slow phone on a slow
 * network, simulated); `desktop` is its desktop preset.
 */
export async function runLighthouse(
  urls: string[],
  {
    preset = 'mobile',
    categories = lighthouseCategories,
    performanceRuns = 1,
  }: {
    preset?: 'mobile' | 'desktop'
    categories?: readonly LighthouseCategory[]
    /** Up to this many runs for a page whose performance is below 100, keeping the best. */
    performanceRuns?: number
  } = {},
): Promise<LighthouseResult[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'union-lighthouse-chromium-'))
  const chromium = await launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs, userDataDir, logLevel: 'error' })
  const audit = async (url: string, only: readonly LighthouseCategory[]): Promise<LighthouseResult> => {
    const run = await lighthouse(
      url,
      { port: chromium.port, logLevel: 'error', onlyCategories: [...only] },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!run) throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = run
    if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`)
    return {
      url,
      scores: Object.fromEntries(
        only.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as LighthouseResult['scores'],
      lost: only.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? []).flatMap((ref): LostAudit[] => {
          const audit = lhr.audits[ref.id]
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return []
          return [{ category, id: ref.id, title: audit.title, score: audit.score, shown: audit.displayValue }]
        }),
      ),
      warnings: lhr.runWarnings,
    }
  }
  try {
    const results: LighthouseResult[] = []
    for (const url of urls) {
      let result = await audit(url, categories)
      // Timings vary with what else the machine runs; the page's own cost is its best run
      // (Lighthouse's docs on variability advise several runs). The other categories do not vary.
      for (let attempt = 1; attempt < performanceRuns && (result.scores.performance ?? 100) < 100; attempt++) {
        const again = await audit(url, ['performance'])
        if ((again.scores.performance ?? 0) > (result.scores.performance ?? 0))
          result = withPerformanceOf(result, again)
      }
      results.push(result)
    }
    return results
  } finally {
    chromium.kill()
    await rm(userDataDir, { recursive: true, force: true })
  }
}

function withPerformanceOf(result: LighthouseResult, better: LighthouseResult): LighthouseResult {
  return {
    ...result,
    scores: { ...result.scores, performance: better.scores.performance },
    lost: [...result.lost.filter((audit) => audit.category !== 'performance'), ...better.lost],
    warnings: better.warnings,
  }
}

/** One line per lost audit: "seo: Document does not have a meta description (0)". */
export function describeLostAudits(result: LighthouseResult): string {
  return result.lost
    .map((audit) => `  ${audit.category}: ${audit.title} (${audit.score}${audit.shown ? `, ${audit.shown}` : ''})`)
    .join('\n')
}
