import type { Media } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import type { Alternate } from './translations'

/** What a page says about itself to the layout and the <head>: one type for BaseLayout and SeoHead. */
export type PageMeta = {
  locale: LocaleCode
  title: string
  description?: string
  path: string
  alternates: Alternate[]
  /** The x-default page when it is not one of the translations (the language chooser, for home pages). */
  xDefaultPath?: string
  jsonLd?: Record<string, unknown>[]
  noindex?: boolean
  /** The sharing image (the document's SEO image, or its own). */
  image?: Media
}
