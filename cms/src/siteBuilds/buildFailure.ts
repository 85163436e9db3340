/**
 * Why a build failed, in terms a communicator can act on, read from the error the rebuild service
 * recorded (publisher/src/service/buildCommand.ts keeps the content contract's lines whole): content that
 * does not fit the site's contract (which document, locale and field), a CMS that did not answer the
 * build, or anything else. The full error stays available as the technical details.
 */
export type BuildFailure = { kind: 'contract'; problems: ContractProblem[] } | { kind: 'cms' } | { kind: 'unexpected' }

export type ContractProblem = { collection: string; id: string; locale: string; field: string; reason: string }

// As site/src/loader/contractError.ts words each problem; the log may put anything before it.
const contractLine = /- ([\w-]+) id (\S+), locale "([^"]+)", field "([^"]*)": (.*)$/gm
const cmsUnreachable = /Could not reach the CMS|CMS request failed|CMS answered \S+ \([^)]*\) page/

export function explainFailure(error: string): BuildFailure {
  const problems = [...error.matchAll(contractLine)].map(([, collection, id, locale, field, reason]) => ({
    collection: collection!,
    id: id!,
    locale: locale!,
    field: field!,
    reason: reason!.trim(),
  }))
  if (problems.length > 0) return { kind: 'contract', problems }
  if (cmsUnreachable.test(error)) return { kind: 'cms' }
  return { kind: 'unexpected' }
}
