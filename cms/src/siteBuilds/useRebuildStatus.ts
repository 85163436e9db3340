'use client'
import { type RebuildStatus, rebuildStatusSchema } from '@union/shared/messages/rebuildStatus'
import { describeIssues } from '@union/shared/messages/webhookPayload'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SiteBuildsT } from './translations'

/** Often enough to follow a build (a few seconds to a minute) as it runs; it is one small request. */
export const pollMs = 2000

/**
 * The rebuild service's status through the CMS, read again every `pollMs` while the view is
 * mounted: the running build, its result and the queue follow without a reload. The answer is
 * parsed with the schema the service builds it with. Polling stops, and no answer that arrives
 * late is applied, once the view unmounts.
 */
export function useRebuildStatus(apiRoute: string, t: SiteBuildsT) {
  const [status, setStatus] = useState<RebuildStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const mounted = useRef(true)
  const translate = useRef(t)
  translate.current = t

  const refresh = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const response = await fetch(`${apiRoute}/site-builds/status`, { credentials: 'include', signal })
        const body: unknown = await response.json().catch(() => null)
        if (!mounted.current) return
        if (!response.ok) {
          setError((body as { error?: string } | null)?.error ?? `HTTP ${response.status}`)
          return
        }
        const parsed = rebuildStatusSchema.safeParse(body)
        if (parsed.success) {
          setStatus(parsed.data)
          setError(null)
        } else {
          setError(translate.current('siteBuilds:statusUnreadable', { problem: describeIssues(parsed.error) }))
        }
      } catch (caught) {
        if (!mounted.current || signal?.aborted) return
        setError(caught instanceof Error ? caught.message : String(caught))
      }
    },
    [apiRoute],
  )

  useEffect(() => {
    mounted.current = true
    const inFlight = new AbortController()
    void refresh(inFlight.signal)
    const timer = setInterval(() => void refresh(inFlight.signal), pollMs)
    return () => {
      mounted.current = false
      clearInterval(timer)
      inFlight.abort()
    }
  }, [refresh])

  return { status, error, setError, refresh: () => refresh() }
}
