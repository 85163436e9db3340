import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { roleLabels, roles } from '../../access/roles'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { checkedFields } from '../../validation/checkedFields'
import { firstUserIsAdmin } from './firstUserIsAdmin'

/** Staff accounts. Never readable without login; repeated failed logins lock the account. */
export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: {
    singular: { fi: 'Käyttäjä', sv: 'Användare', en: 'User' },
    plural: { fi: 'Käyttäjät', sv: 'Användare', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { fi: 'Ylläpito', sv: 'Administration', en: 'Administration' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, unlock: isAdmin },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeChange: [firstUserIsAdmin] },
  fields: checkedFields([
    { name: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, type: 'text' },
    {
      name: 'roles',
      label: { fi: 'Roolit', sv: 'Roller', en: 'Roles' },
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          fi: 'Ylläpitäjä: kaikki. Toimittaja: sisältö ja julkaiseminen. Kääntäjä: vain muiden kuin oletuskielen käännökset.',
          sv: 'Administratör: allt. Redaktör: innehåll och publicering. Översättare: endast översättningar till andra språk än standardspråket.',
          en: 'Admin: everything. Editor: content and publishing. Translator: translations of the non-default languages only.',
        },
      },
    },
  ]),
}
