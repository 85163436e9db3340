import type { LocaleCode } from '@union/shared/locales'
import { siteLocales } from '../queries/content'
import { selectedRoutes } from './renderSelection'

/** One route per locale that has content; `route` is its path, for incremental builds. */
export async function localePaths(route: (locale: LocaleCode) => string) {
  return selectedRoutes(await siteLocales(), route).map((locale) => ({ params: { locale } }))
}
