import { enTranslations } from '@payloadcms/translations/languages/en'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fiTranslations } from '../src/i18n/fi'
import { lexicalFi, multiTenantFi } from '../src/i18n/plugins'
import { siteBuildsTranslations } from '../src/siteBuilds/translations'
import { validationTranslations } from '../src/validation/messages'
import { isTrilingual, ourTexts } from './ourTexts'
import { startAdminSession, stopPayload } from './payload'
import { fieldErrors, rest } from './rest'

let payload: Payload
let token: string
let config: SanitizedConfig

beforeAll(async () => {
  ;({ payload, token } = await startAdminSession())
  config = payload.config
})
afterAll(() => stopPayload(payload))

type Table = { [key: string]: Table | string }

/** Every key of a nested translation table, as `group:key`, with its text. */
function flatten(table: Table, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') entries.set(path, value)
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text)
  }
  return entries
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\w+\}\}|<\/?\d+>/g)].map(([match]) => match))].sort()

/** The keys of `english` missing in `other` and the other way round, and texts whose placeholders differ. */
function differences(english: Table, other: Table) {
  const en = flatten(english)
  const translated = flatten(other)
  return {
    missing: [...en.keys()].filter((key) => !translated.has(key)),
    extra: [...translated.keys()].filter((key) => !en.has(key)),
    placeholdersDiffer: [...en].filter(
      ([key, text]) =>
        translated.has(key) && placeholders(text).join() !== placeholders(translated.get(key) ?? '').join(),
    ),
    empty: [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key),
  }
}

const none = { missing: [], extra: [], placeholdersDiffer: [], empty: [] }

describe('the Finnish admin language', () => {
  test('has every key of the installed Payload English, with the same placeholders', () => {
    expect(differences(enTranslations as unknown as Table, fiTranslations as unknown as Table)).toEqual(none)
  })

  test('has every key of the editor’s and the multi-tenant plugin’s English in this config', () => {
    const english = (config.i18n.translations as Record<string, Table>).en ?? {}
    expect(differences(english.lexical as Table, lexicalFi)).toEqual(none)
    expect(differences(english['plugin-multi-tenant'] as Table, multiTenantFi)).toEqual(none)
  })

  test('our own messages and component texts exist in fi, sv and en alike', () => {
    for (const language of ['fi', 'sv'] as const) {
      expect(differences(validationTranslations.en, validationTranslations[language])).toEqual(none)
      expect(differences(siteBuildsTranslations.en, siteBuildsTranslations[language])).toEqual(none)
    }
  })

  test('is the default, and is registered beside Swedish and English', () => {
    expect(config.i18n.fallbackLanguage).toBe('fi')
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(expect.arrayContaining(['fi', 'sv', 'en']))
  })
})

describe('the language of REST answers', () => {
  const invalidSlug = { name: 'KaMuT', region: 'southern-finland', slug: 'Ei Kelpaa!', _status: 'published' }
  const save = (headers?: Record<string, string>) =>
    rest(payload, '/regional-networks', { method: 'POST', query: { locale: 'fi' }, body: invalidSlug, token, headers })

  test('is Finnish when the request names no language, Payload’s own messages included', async () => {
    const response = await save()
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).slug).toMatch(/^Käytä vain pieniä kirjaimia/)
    const unauthorised = await rest(payload, '/users/me', { method: 'POST', body: {} })
    expect(JSON.stringify(unauthorised.body)).not.toMatch(/[A-Z][a-z]+ [a-z]+ [a-z]+ not/)
  })

  test('follows the language the user chose (the payload-lng cookie) over Accept-Language', async () => {
    const swedish = await save({ Cookie: 'payload-lng=sv', 'Accept-Language': 'en-US' })
    expect(fieldErrors(swedish.body).slug).toMatch(/^Använd endast små bokstäver/)
    const english = await save({ Cookie: 'payload-lng=en' })
    expect(fieldErrors(english.body).slug).toMatch(/^Use lower-case letters/)
  })

  test('names a missing required field in Finnish, from Payload’s own Finnish', async () => {
    const response = await rest(payload, '/regional-networks', {
      method: 'POST',
      query: { locale: 'fi' },
      body: { slug: 'nimeton', _status: 'published' },
      token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).name).toBe('Tämä kenttä on pakollinen.')
  })
})

describe('every label, description and option of ours', () => {
  test('is in Finnish, Swedish and English', () => {
    const found = ourTexts(config)
    expect(found.length).toBeGreaterThan(150)
    expect(
      found.filter(({ text }) => !isTrilingual(text)).map(({ where, text }) => `${where}: ${String(text)}`),
    ).toEqual([])
  })
})
