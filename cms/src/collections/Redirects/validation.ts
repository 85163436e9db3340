import { organisationField } from '@union/shared/collections'
import { isLocaleCode } from '@union/shared/locales'
import type { FieldHook, Validate } from 'payload'
import { relationIdOf } from '../../fields/relationId'
import { publishedAddresses } from '../../redirects/publishedAddresses'
import { findRedirects, followRedirects, recordingMove } from '../../redirects/redirectStore'
import { addsTo, builtIn } from '../../validation/builtIn'
import { message } from '../../validation/messages'

/** An address of the site: its language, then at least one segment, ending with a slash. */
const sitePath = /^\/([a-z]{2})\/(?:[^/\s?#]+\/)+$/

/** A path of the site or a full http(s) web address. */
function isTarget(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/\s/.test(value)
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** "/fi/vanha" and " /fi/vanha/ " are the address /fi/vanha/, as the site writes its paths. */
export const normalisesPath: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  if (!trimmed.startsWith('/') || /[?#]/.test(trimmed)) return trimmed
  const last = trimmed.split('/').pop() ?? ''
  return trimmed.endsWith('/') || last.includes('.') ? trimmed : `${trimmed}/`
}

const organisationOf = (siblingData: unknown) =>
  relationIdOf((siblingData as Record<string, unknown> | undefined)?.[organisationField])

export const validateFrom: Validate = addsTo(builtIn.text, async (value, { req, id, siblingData, event }) => {
  if (!value) return req.t('validation:required')
  const match = sitePath.exec(String(value))
  if (!match || !isLocaleCode(match[1])) return message(req, 'redirectFromFormat')
  const organisation = organisationOf(siblingData)
  if (event === 'onChange' || organisation === undefined) return true
  const taken = await findRedirects(req, organisation, {
    and: [{ from: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
  })
  if (taken.length > 0) return message(req, 'redirectFromTaken', { from: String(value) })
  // A recorded move computed its old address from what is published; a redirect typed by hand may
  // name a live page, which it would hide.
  if (req.context[recordingMove]) return true
  const live = [...(await publishedAddresses(req, organisation))].find(([, path]) => path === value)
  if (live) return message(req, 'redirectFromLive', { from: String(value), document: live[0] })
  return true
})

export const validateTo: Validate = addsTo(builtIn.text, async (value, { req, id, siblingData, event }) => {
  if (!value) return req.t('validation:required')
  if (!isTarget(String(value))) return message(req, 'redirectToFormat')
  const from = (siblingData as { from?: unknown } | undefined)?.from
  if (value === from) return message(req, 'redirectToItself', { from: String(from) })
  const organisation = organisationOf(siblingData)
  if (event === 'onChange' || organisation === undefined || typeof from !== 'string') return true
  const chain = await followRedirects(req, organisation, String(value), id)
  if (chain.includes(from)) return message(req, 'redirectLoop', { chain: [from, ...chain].join(' → ') })
  return true
})
