'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { PreviewAnswer, PreviewError } from '@union/shared/sitePreview'
import { useState } from 'react'
import { previewMessages, say } from './messages'

type State =
  | { step: 'idle' }
  | { step: 'building' }
  | { step: 'ready'; preview: PreviewAnswer }
  | { step: 'failed'; error: string }

/**
 * "Preview" beside the document's save and publish buttons: builds the pages the saved draft
 * changes, in every language it has, as the public site would show them (POST /api/site-previews),
 * and offers the private, expiring address of the preview.
 */
export function PreviewButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [state, setState] = useState<State>({ step: 'idle' })
  const t = (message: (typeof previewMessages)[keyof typeof previewMessages]) => say(message, i18n.language)

  async function preview() {
    setState({ step: 'building' })
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-previews`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection: collectionSlug, id }),
      })
      const body = (await response.json()) as PreviewAnswer | PreviewError
      if ('error' in body || !response.ok) {
        setState({ step: 'failed', error: 'error' in body ? body.error : `HTTP ${response.status}` })
      } else setState({ step: 'ready', preview: body })
    } catch (error) {
      setState({ step: 'failed', error: error instanceof Error ? error.message : String(error) })
    }
  }

  if (id === undefined || id === null) return null
  return (
    <div className="site-preview" style={{ position: 'relative' }}>
      <Button
        id="action-site-preview"
        buttonStyle="secondary"
        size="medium"
        margin={false}
        onClick={preview}
        disabled={state.step === 'building'}
        tooltip={t(previewMessages.explanation)}
      >
        {state.step === 'building' ? t(previewMessages.building) : t(previewMessages.button)}
      </Button>
      {(state.step === 'ready' || state.step === 'failed') && (
        <div
          role="status"
          data-testid="site-preview-result"
          style={{
            position: 'absolute',
            right: 0,
            top: 'calc(100% + 4px)',
            zIndex: 10,
            width: 'min(28rem, 90vw)',
            maxHeight: '60vh',
            overflow: 'auto',
            padding: '0.75rem 1rem',
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-m)',
            boxShadow: '0 4px 16px rgb(0 0 0 / 15%)',
          }}
        >
          {state.step === 'failed' ? (
            <>
              <p>
                <strong>{t(previewMessages.failed)}</strong>
              </p>
              <p style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{state.error}</p>
            </>
          ) : (
            <>
              <p>
                <a href={state.preview.url} target="_blank" rel="noopener noreferrer" data-testid="site-preview-link">
                  {t(previewMessages.open)}
                </a>
              </p>
              {state.preview.pages.length > 0 && (
                <>
                  <p>{t(previewMessages.pages)}</p>
                  <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                    {state.preview.pages.map((page) => (
                      <li key={page}>
                        <a href={page} target="_blank" rel="noopener noreferrer" data-testid="site-preview-page">
                          {`/${new URL(page).pathname.split('/').slice(3).join('/')}`}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p style={{ marginBottom: 0 }}>{t(previewMessages.explanation)}</p>
            </>
          )}
        </div>
      )}
    </div>
  )
}
