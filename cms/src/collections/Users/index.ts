import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { roles } from '../../access/roles'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { checkedFields } from '../../validation/checkedFields'
import { firstUserIsAdmin } from './firstUserIsAdmin'

/** Staff accounts. Never readable without login; repeated failed logins lock the account. */
export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: 'Administration' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, unlock: isAdmin },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeChange: [firstUserIsAdmin] },
  fields: checkedFields([
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ label: role, value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Admin: everything. Editor: content and publishing. Translator: translations of the non-default languages only.',
      },
    },
  ]),
}
