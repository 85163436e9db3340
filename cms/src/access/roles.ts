/** Staff roles. A translator edits only the localized fields of non-default locales. */
export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}
