/** What prepareCms.ts puts into the CMS and the tests rely on. */
export const fixtureContent = {
  admin: { email: 'e2e-admin@example.org', password: 'e2e-admin-password-long-enough' },
  /** The Site builds view names who published by name. */
  editor: { email: 'e2e-editor@example.org', password: 'e2e-editor-password-long-enough', name: 'Eeva Editori' },
  /** The seeded network that gets a Swedish translation, and its Swedish description before the tests. */
  network: {
    slug: 'kamut',
    swedishName: 'KaMuT',
    swedishDescription: 'KaMuT samlar invandrade medlemmar i Södra Finland.',
  },
}

/** The line prepareCms.ts ends with, so the tests learn the ids it made. */
export const preparedPrefix = 'prepared: '
export type Prepared = { networkId: number }
