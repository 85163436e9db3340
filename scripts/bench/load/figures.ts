import { percentile } from '../measure'
import type { Sample } from './loadRun'

export type RoleFigures = {
  requests: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  max: number
  errors: number
  errorBreakdown: Record<string, number>
}

export function roleFigures(samples: Sample[], seconds: number): RoleFigures {
  const ms = samples.map((sample) => sample.ms)
  const errorBreakdown: Record<string, number> = {}
  for (const sample of samples) {
    if (sample.outcome === 'ok') continue
    const key = `${sample.outcome} (${sample.kind})`
    errorBreakdown[key] = (errorBreakdown[key] ?? 0) + 1
  }
  return {
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    p99: percentile(ms, 0.99),
    max: Math.max(...ms),
    errors: Object.values(errorBreakdown).reduce((sum, count) => sum + count, 0),
    errorBreakdown,
  }
}

/** Latency per kind of request, slowest p95 first: which requests make the tail. */
export function kindRows(samples: Sample[]): string[][] {
  const kinds = new Map<string, number[]>()
  for (const sample of samples) {
    const key = `${sample.role}: ${sample.kind}`
    kinds.set(key, [...(kinds.get(key) ?? []), sample.ms])
  }
  return [...kinds.entries()]
    .map(([kind, ms]) => ({ kind, ms, p95: percentile(ms, 0.95) }))
    .sort((a, b) => b.p95 - a.p95)
    .map(({ kind, ms, p95 }) => [
      kind,
      String(ms.length),
      millis(percentile(ms, 0.5)),
      millis(p95),
      millis(Math.max(...ms)),
    ])
}

export const millis = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–')
export const mib = (value: number) => `${Math.round(value)} MiB`

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}
