'use client'
import { getTranslation } from '@payloadcms/translations'
import { Link, useTranslation } from '@payloadcms/ui'
import { coverageLabels } from './labels'

/** "Translation coverage" in the admin's navigation, after the collections. */
export function CoverageNavLink() {
  const { i18n } = useTranslation()
  return (
    <Link href="/admin/translation-coverage" className="nav__link">
      <span className="nav__link-label">{getTranslation(coverageLabels.title, i18n)}</span>
    </Link>
  )
}
