import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { et } from '@payloadcms/translations/languages/et'
import { ru } from '@payloadcms/translations/languages/ru'
import { sv } from '@payloadcms/translations/languages/sv'
import { th } from '@payloadcms/translations/languages/th'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Config } from 'payload'
import { withSiteBuildsTranslations } from '../siteBuilds/translations'
import { validationTranslations } from '../validation/messages'
import { fi } from './fi'
import { pluginTranslations } from './plugins'

/**
 * The admin languages with all of our own texts: Finnish (our own, Payload ships none), Swedish and
 * English. Staff may also pick Payload's Estonian, Russian, Arabic, Thai or Vietnamese; our labels
 * then show in Finnish, the fallback language.
 */
export const adminLanguages = ['fi', 'sv', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/**
 * Payload's i18n for the admin and for the messages REST answers with. Finnish is the default:
 * a request without the `payload-lng` cookie (the language chosen in the account view) and without
 * an Accept-Language of one of these languages gets Finnish; cms/src/proxy.ts sets aside a
 * browser's Accept-Language, so a Finnish editor on an English browser gets Finnish too.
 */
export const adminI18n: NonNullable<Config['i18n']> = {
  // Payload types the keys by its own list of languages, which lacks Finnish; it accepts any key.
  supportedLanguages: { fi, sv, en, et, ru, ar, th, vi } as NonNullable<Config['i18n']>['supportedLanguages'],
  fallbackLanguage: 'fi' as NonNullable<Config['i18n']>['fallbackLanguage'],
  translations: withSiteBuildsTranslations({
    en: { ...validationTranslations.en },
    sv: { ...validationTranslations.sv },
    fi: { ...validationTranslations.fi, ...pluginTranslations.fi },
  }) as NonNullable<Config['i18n']>['translations'],
}
