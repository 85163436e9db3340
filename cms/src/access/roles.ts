/** Staff roles. A translator edits only the localized fields of non-default locales. */
export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

/** The roles as the admin names them. */
export const roleLabels: Record<Role, { fi: string; sv: string; en: string }> = {
  admin: { fi: 'Ylläpitäjä', sv: 'Administratör', en: 'Admin' },
  editor: { fi: 'Toimittaja', sv: 'Redaktör', en: 'Editor' },
  translator: { fi: 'Kääntäjä', sv: 'Översättare', en: 'Translator' },
}

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}
