import * as migration_20261202_070524_organisations from './20261202_070524_organisations'

// MongoDB needs no schema migrations. A data migration that must run on both adapters gets a file
// here and its twin in ../sqlite, created with `payload migrate:create` under each DATABASE_URI.
export const migrations = [
  {
    up: migration_20261202_070524_organisations.up,
    down: migration_20261202_070524_organisations.down,
    name: '20261202_070524_organisations',
  },
]
