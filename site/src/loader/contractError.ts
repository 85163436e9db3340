import type * as z from 'zod'

/** Where a document broke the content contract, and how. */
export type ContractViolation = { collection: string; id: string; locale: string; issues: z.core.$ZodIssue[] }

/**
 * The build fails on content the site cannot rely on. The message names each collection,
 * document id, locale and field path, what was expected and what came, so an editor can fix it.
 * It avoids the word "document": Astro then appends a misleading hint about browser APIs.
 */
export class ContentContractError extends Error {
  constructor(readonly violations: ContractViolation[]) {
    const lines = violations.flatMap(({ collection, id, locale, issues }) =>
      issues
        .flatMap(unwrapUnion)
        .map(
          (issue) =>
            `  - ${collection} id ${id}, locale "${locale}", field "${fieldPath(issue.path)}": ${describe(issue)}`,
        ),
    )
    super(
      `Content contract broken (${lines.length} problem${lines.length === 1 ? '' : 's'}); the site was not built.\n${lines.join('\n')}\nFix them in the CMS (or the snapshot) and build again.`,
    )
    this.name = 'ContentContractError'
  }
}

/**
 * A relationship is "the document or its id"; when neither fits, zod reports the union. The branch
 * that got furthest into the value says what is really wrong, so report its issues instead.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return [issue]
  const depth = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((nested) => nested.path.length))
  const furthest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best))
  if (depth(furthest) === 0) return [issue]
  return furthest.flatMap((nested) => unwrapUnion({ ...nested, path: [...issue.path, ...nested.path] }))
}

function fieldPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(the whole entry)'
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('')
}

function describe(issue: z.core.$ZodIssue): string {
  const received =
    'input' in issue && issue.input !== undefined ? `; received ${JSON.stringify(issue.input)?.slice(0, 80)}` : ''
  return `${issue.message}${received}`
}
