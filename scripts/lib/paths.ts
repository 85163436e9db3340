import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The source documents: ../shared/seeds beside the repository, or SEEDS_DIR. */
export const seedsDir = process.env.SEEDS_DIR ?? resolve(repoRoot, '..', 'shared', 'seeds')
