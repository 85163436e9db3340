import { siteLocales } from '../queries/content'

/** One route per locale that has content. */
export async function localePaths() {
  return (await siteLocales()).map((locale) => ({ params: { locale } }))
}
