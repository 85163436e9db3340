import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles'
import { BuildStatusPanel } from './BuildStatusPanel'
import { siteBuildsT } from './translations'

/** Admin → Site builds: the live build, what is waiting, recent builds and failures, rebuild and roll back. */
export function SiteBuildsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { config } = req.payload
  // Names in the user's admin language, worked out here where the config (with its label objects) is.
  const collectionLabels = Object.fromEntries(
    config.collections.map((collection) => [collection.slug, getTranslation(collection.labels.singular, req.i18n)]),
  )
  const localeLabels = Object.fromEntries(
    (config.localization ? config.localization.locales : []).map((entry) => [
      entry.code,
      getTranslation(entry.label, req.i18n),
    ]),
  )
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{siteBuildsT(req.i18n.t)('siteBuilds:title')}</h1>
        <BuildStatusPanel
          apiRoute={config.routes.api}
          collectionLabels={collectionLabels}
          localeLabels={localeLabels}
          contentLocale={locale?.code ?? null}
          canRollBack={hasRole(req.user, 'admin')}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
