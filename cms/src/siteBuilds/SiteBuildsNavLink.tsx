import { Link } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { siteBuildsT } from './translations'

/** "Site builds" in the admin's navigation, after the collections. */
export function SiteBuildsNavLink({ i18n }: Pick<ServerProps, 'i18n'>) {
  return (
    <Link href="/admin/site-builds" className="nav__link">
      <span className="nav__link-label">{siteBuildsT(i18n.t)('siteBuilds:navLink')}</span>
    </Link>
  )
}
