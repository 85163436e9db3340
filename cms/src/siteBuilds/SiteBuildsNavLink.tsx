import type { I18nClient } from '@payloadcms/translations'
import { Link } from '@payloadcms/ui'
import { unionT } from '../i18n/union'

/** "Site builds" in the admin's navigation, after the collections, in the admin language. */
export function SiteBuildsNavLink({ i18n }: { i18n: I18nClient }) {
  return (
    <Link href="/admin/site-builds" className="nav__link">
      <span className="nav__link-label">{unionT(i18n, 'union:siteBuilds')}</span>
    </Link>
  )
}
