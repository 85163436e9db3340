// MongoDB needs no schema migrations. A data migration that must run on both adapters gets a file
// here and its twin in ../sqlite, created with `payload migrate:create` under each DATABASE_URI.
export const migrations = []
