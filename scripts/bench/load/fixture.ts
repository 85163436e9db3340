/** What the load benchmark's data folder holds besides the seed, shared by prepareData.ts and the run. */

export const preparedPrefix = 'prepared: '

/** The collections the site reads as lists (site/src/loader/fetchContent.ts); the site settings are read apart. */
export const readCollections = [
  'regional-networks',
  'pages',
  'international-partners',
  'action-plans',
  'action-plan-targets',
] as const
export type ReadCollection = (typeof readCollections)[number]

/** Published document ids per collection, as prepareData.ts found them after the seed. */
export type PreparedIds = Record<ReadCollection, number[]>

export type BenchUser = { email: string; password: string; name: string }

/** Throwaway accounts of a temporary database; never used outside it. */
export function benchUsers(editors: number): { admin: BenchUser; editors: BenchUser[] } {
  const password = 'bench-password-not-secret-1'
  return {
    admin: { email: 'bench-admin@example.org', password, name: 'Bench admin' },
    editors: Array.from({ length: editors }, (_, index) => ({
      email: `bench-editor-${index + 1}@example.org`,
      password,
      name: `Bench editor ${index + 1}`,
    })),
  }
}
