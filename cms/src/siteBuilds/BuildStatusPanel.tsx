'use client'
import { Button } from '@payloadcms/ui'
import type { BuildTrigger, RebuildStatus as Status } from '@union/shared/rebuildStatus'
import { useCallback, useEffect, useState } from 'react'

const pollMs = 2000

/** Polls the rebuild service's status through the CMS and lists the builds, newest first. */
export function BuildStatusPanel({ apiRoute }: { apiRoute: string }) {
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [requested, setRequested] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch(`${apiRoute}/site-builds/status`, { credentials: 'include' })
    const body = await response.json()
    if (response.ok) {
      setStatus(body as Status)
      setError(null)
    } else setError((body as { error?: string }).error ?? `status ${response.status}`)
  }, [apiRoute])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), pollMs)
    return () => clearInterval(timer)
  }, [refresh])

  async function rebuild() {
    setRequested(true)
    const response = await fetch(`${apiRoute}/site-builds/rebuild`, { method: 'POST', credentials: 'include' })
    if (!response.ok) setError(((await response.json()) as { error?: string }).error ?? `status ${response.status}`)
    await refresh()
    setRequested(false)
  }

  const builds = [...(status?.builds ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  return (
    <section aria-live="polite" data-testid="site-builds">
      {error && <p role="alert">{error}</p>}
      {status?.organisation && (
        <p>
          Site of <strong data-testid="site-organisation">{status.organisation.name}</strong>
        </p>
      )}
      <p>
        Live build: <strong data-testid="live-build">{status?.live ?? 'none yet'}</strong>
        {status?.building && <> · building {status.building}</>}
        {status && status.queue.pending.length > 0 && <> · {changesWaiting(status.queue.pending.length)}</>}
      </p>
      <Button onClick={rebuild} disabled={requested} buttonStyle="secondary">
        Rebuild now
      </Button>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Build</th>
            <th scope="col">Trigger</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
            <th scope="col">Pages</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {builds.map((build) => (
            <tr key={build.id} data-result={build.result}>
              <td>
                {build.id}
                {build.id === status?.live && ' (live)'}
              </td>
              <td>{describeTriggers(build.triggers)}</td>
              <td>{new Date(build.startedAt).toLocaleString()}</td>
              <td>{build.durationMs === null ? '…' : `${(build.durationMs / 1000).toFixed(1)} s`}</td>
              <td>{build.pages ?? '…'}</td>
              <td>
                {build.result}
                {build.error && <div>{build.error}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function changesWaiting(count: number): string {
  return count === 1 ? '1 change waiting' : `${count} changes waiting`
}

function describeTriggers(triggers: BuildTrigger[]): string {
  const described = triggers.map((trigger) =>
    trigger.source === 'manual'
      ? 'manual'
      : [trigger.type, trigger.collection ?? trigger.global, trigger.id].filter(Boolean).join(' '),
  )
  return described.length > 3
    ? `${described.slice(0, 3).join(', ')} and ${described.length - 3} more`
    : described.join(', ')
}
