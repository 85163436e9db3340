import type { Access, FieldAccess, Where } from 'payload'
import { hasRole } from './roles'

/** Anyone logged in. */
export const authenticated: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Admins and editors create, publish and delete content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Translators may update too; the translatorScope hook keeps them to translations. */
export const isEditorOrTranslator: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator')

/** Staff see drafts; the public sees published versions only. */
export const authenticatedOrPublished: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

/** Contacts are personal data: the public sees only published contacts marked publishable. */
export const authenticatedOrPublishableContact: Access = ({ req }) => {
  if (req.user) return true
  const published: Where = { _status: { equals: 'published' } }
  const publishable: Where = { publishable: { equals: true } }
  return { and: [published, publishable] }
}

export const anyone: Access = () => true

/** Users may read and edit themselves; admins everyone. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** The access of every publishable content collection. */
export const contentAccess = {
  read: authenticatedOrPublished,
  readVersions: authenticated,
  create: isEditor,
  update: isEditorOrTranslator,
  delete: isEditor,
}
