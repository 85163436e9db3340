/**
 * Whether a date a document must be looked at by (a review due, a contact's term end) has passed or
 * comes within the warning window. The one definition for the admin's dashboard, the weekly
 * reminder mail and the site build's log. Compared by calendar day (UTC): a review due today is due,
 * not yet overdue.
 */
export type DueState = 'overdue' | 'dueSoon'

/** How far ahead the dashboard and the reminder mail warn. */
export const dueSoonDays = 30

export function dueState(due: string | null | undefined, now: Date, withinDays = dueSoonDays): DueState | undefined {
  if (!due) return undefined
  const day = new Date(due)
  if (Number.isNaN(day.getTime())) return undefined
  const dueDay = dayOf(day)
  if (dueDay < dayOf(now)) return 'overdue'
  if (dueDay <= dayOf(new Date(now.getTime() + withinDays * 86_400_000))) return 'dueSoon'
  return undefined
}

/** The last day, as an ISO string, that `dueState` still calls due soon: for database queries. */
export function dueSoonHorizon(now: Date, withinDays = dueSoonDays): string {
  return `${dayOf(new Date(now.getTime() + withinDays * 86_400_000))}T23:59:59.999Z`
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10)
