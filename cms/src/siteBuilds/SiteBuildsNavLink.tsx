import { Link } from '@payloadcms/ui'

/** "Site builds" in the admin's navigation, after the collections. */
export function SiteBuildsNavLink() {
  return (
    <Link href="/admin/site-builds" className="nav__link">
      <span className="nav__link-label">Site builds</span>
    </Link>
  )
}
