export const checkNames = ['html', 'axe', 'links', 'lang'] as const

export type CheckName = (typeof checkNames)[number]

/** One thing wrong with one built page. `page` is the file path relative to the dist folder. */
export type Problem = { page: string; check: CheckName; message: string }
