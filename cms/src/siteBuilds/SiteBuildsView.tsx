import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { unionT } from '../i18n/union'
import { BuildStatusPanel } from './BuildStatusPanel'

/** Admin → Site builds: the live build, recent builds and failures, and "Rebuild now". */
export function SiteBuildsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
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
        <h1>{unionT(req.i18n, 'union:siteBuilds')}</h1>
        <BuildStatusPanel apiRoute={req.payload.config.routes.api} />
      </Gutter>
    </DefaultTemplate>
  )
}
