import type { LocaleCode } from '@union/shared/locales'
import { siteLocales } from '../queries/content'
import { selectedRoutes } from './renderSelection'
import { routeParams } from './routes'

/**
 * One route per locale that has content; `route` is its path, for incremental builds. `names`
 * are the route's dynamic folders after [locale] ([networks]), filled from the path.
 */
export async function localePaths(route: (locale: LocaleCode) => string, ...names: string[]) {
  return selectedRoutes(await siteLocales(), route).map((locale) => ({
    params: names.length > 0 ? routeParams(route(locale), 'locale', ...names) : { locale },
  }))
}
