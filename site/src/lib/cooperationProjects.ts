import type { CooperationProject, Funder, InternationalPartner } from '@union/content-schemas'
import { relationId } from './relations'

/**
 * The projects a partner takes part in. A project is written once, in one partner's list, but it
 * belongs to every partner it names: under DGB and under BMZ, which funded it together, and under
 * LO/FTF, through which the European Commission's money came. Its own projects come first.
 */
export function projectsInvolving(
  partner: InternationalPartner,
  partners: InternationalPartner[],
): CooperationProject[] {
  const others = partners.filter((other) => other.id !== partner.id)
  return [
    ...(partner.cooperationProjects ?? []),
    ...others.flatMap((other) =>
      (other.cooperationProjects ?? []).filter((project) => partnersOf(project).includes(partner.id)),
    ),
  ]
}

/** The ids of the partners a project names: its funders and the intermediaries of its funding. */
function partnersOf(project: CooperationProject): number[] {
  const funders = (project.funders ?? []).map(funderId)
  const intermediaries = (project.fundedThrough ?? []).map((funding) => funderId(funding.intermediary))
  return [...funders, ...intermediaries].filter((id): id is number => id !== undefined)
}

function funderId(funder: Funder): number | undefined {
  return relationId(funder as number | { id: number })
}

/** A funder as the project names it: its abbreviation, its name, or nothing when the API withheld it. */
export function funderName(funder: Funder): string | undefined {
  if (typeof funder !== 'object') return undefined
  const { abbreviation, name } = funder as { abbreviation?: string | null; name?: string | null }
  return abbreviation || name || undefined
}
