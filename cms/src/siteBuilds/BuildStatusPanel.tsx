'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import type { BuildRecord, RebuildStatus } from '@union/shared/messages/rebuildStatus'
import { useState } from 'react'
import { BuildFailureNote } from './BuildFailureNote'
import { ChangeList } from './ChangeList'
import { describeChanges, type Names, publishers } from './describeChanges'
import { siteBuildsT } from './translations'
import { useRebuildStatus } from './useRebuildStatus'

/** Changed pages listed as links up to this many; the rest is counted. */
const shownPages = 10

type PanelProps = {
  apiRoute: string
  collectionLabels: Record<string, string>
  localeLabels: Record<string, string>
  contentLocale: string | null
  /** Admins only: rolling the public site back is theirs to decide (the endpoint checks it too). */
  canRollBack: boolean
}

/**
 * The rebuild service's status, read as a communicator would: what each build published (titles,
 * collections), who published it, which public pages changed, what waits for the next build, and
 * failures in plain language. It follows a running build by polling.
 */
export function BuildStatusPanel({ apiRoute, collectionLabels, localeLabels, contentLocale, canRollBack }: PanelProps) {
  const { t: payloadT, i18n } = useTranslation()
  const t = siteBuildsT(payloadT)
  const names: Names = { t, collectionLabels, localeLabels, contentLocale }
  const { status, error, setError, refresh } = useRebuildStatus(apiRoute, t)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language)

  async function post(path: string): Promise<boolean> {
    setBusy(true)
    setNotice(null)
    try {
      const response = await fetch(`${apiRoute}/site-builds/${path}`, { method: 'POST', credentials: 'include' })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null
        setError(body?.error ?? `HTTP ${response.status}`)
      }
      await refresh()
      return response.ok
    } finally {
      setBusy(false)
    }
  }

  async function rollBack(build: BuildRecord) {
    if (!window.confirm(t('siteBuilds:rollBackConfirm', { time: time(build.startedAt) }))) return
    if (await post(`rollback/${encodeURIComponent(build.id)}`)) {
      setNotice(t('siteBuilds:rolledBack', { time: time(build.startedAt) }))
    }
  }

  const builds = [...(status?.builds ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  const pending = status ? describeChanges(status.queue.pending, names) : []
  return (
    <section aria-live="polite" data-testid="site-builds">
      {error && <p role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
      {status?.organisation && <p>{t('siteBuilds:siteOf', { organisation: status.organisation.name })}</p>}
      <p>
        {t('siteBuilds:liveBuild')}{' '}
        <strong data-testid="live-build">{status?.live ? liveBuildTime(status, time) : t('siteBuilds:noneYet')}</strong>
        {status?.building && <> · {t('siteBuilds:buildingNow')}</>}
        {pending.length > 0 && (
          <>
            {' · '}
            <span data-testid="changes-waiting">{t('siteBuilds:changesWaiting', { count: pending.length })}</span>
          </>
        )}
      </p>
      {pending.length > 0 && (
        <div data-testid="pending-changes">
          <h2>{t('siteBuilds:waitingHeading')}</h2>
          <ChangeList changes={pending} t={t} />
          <p>{publishers(pending)}</p>
          {status?.queue.nextBuildAt && <p>{t('siteBuilds:nextBuildAt', { time: time(status.queue.nextBuildAt) })}</p>}
        </div>
      )}
      <Button onClick={() => void post('rebuild')} disabled={busy} buttonStyle="secondary">
        {t('siteBuilds:rebuildNow')}
      </Button>
      <h2>{t('siteBuilds:buildsHeading')}</h2>
      {status && builds.length === 0 && <p>{t('siteBuilds:noBuilds')}</p>}
      {builds.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('siteBuilds:columnStarted')}</th>
              <th scope="col">{t('siteBuilds:columnChanges')}</th>
              <th scope="col">{t('siteBuilds:columnPublishedBy')}</th>
              <th scope="col">{t('siteBuilds:columnPages')}</th>
              <th scope="col">{t('siteBuilds:columnResult')}</th>
            </tr>
          </thead>
          <tbody>
            {builds.map((build) => {
              const changes = describeChanges(build.triggers, names)
              const isLive = build.id === status?.live
              return (
                <tr key={build.id} data-result={build.result} data-build-id={build.id}>
                  <td>
                    <span title={build.id}>{time(build.startedAt)}</span>
                    {isLive && <strong> ({t('siteBuilds:live')})</strong>}
                    {build.durationMs !== null && (
                      <div>{t('siteBuilds:duration', { seconds: (build.durationMs / 1000).toFixed(1) })}</div>
                    )}
                  </td>
                  <td data-testid="build-changes">
                    <ChangeList changes={changes} t={t} />
                  </td>
                  <td data-testid="build-publishers">{publishers(changes)}</td>
                  <td data-testid="build-pages">
                    <ChangedPages build={build} siteUrl={status?.siteUrl ?? null} t={t} />
                  </td>
                  <td>
                    {t(`siteBuilds:result_${build.result}`)}
                    {build.result === 'failed' && <BuildFailureNote build={build} names={names} />}
                    {canRollBack && build.result === 'succeeded' && !isLive && (
                      <div>
                        <Button
                          onClick={() => void rollBack(build)}
                          disabled={busy}
                          buttonStyle="secondary"
                          size="small"
                        >
                          {t('siteBuilds:rollBack')}
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function liveBuildTime(status: RebuildStatus, time: (iso: string) => string): string {
  const live = status.builds.find((build) => build.id === status.live)
  return live ? time(live.startedAt) : (status.live ?? '')
}

/** The public pages a build rendered again, as links; a full build changed them all. */
function ChangedPages({
  build,
  siteUrl,
  t,
}: {
  build: BuildRecord
  siteUrl: string | null
  t: ReturnType<typeof siteBuildsT>
}) {
  if (build.result === 'building') return <>…</>
  if (build.result === 'failed') return <>–</>
  const routes = build.changedRoutes
  if (!routes) return <>{t('siteBuilds:allPages')}</>
  if (routes.length === 0) return <>{t('siteBuilds:noPages')}</>
  return (
    <ul className="site-builds__pages">
      {routes.slice(0, shownPages).map((route) => (
        <li key={route}>
          {siteUrl ? (
            <a href={`${siteUrl}${route}`} target="_blank" rel="noreferrer">
              {decodeURI(route)}
            </a>
          ) : (
            decodeURI(route)
          )}
        </li>
      ))}
      {routes.length > shownPages && <li>{t('siteBuilds:morePages', { count: routes.length - shownPages })}</li>}
    </ul>
  )
}
