import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { et } from '@payloadcms/translations/languages/et'
import { ru } from '@payloadcms/translations/languages/ru'
import { sv } from '@payloadcms/translations/languages/sv'
import { th } from '@payloadcms/translations/languages/th'
import { vi } from '@payloadcms/translations/languages/vi'
import { collectionSlugs } from '@union/shared/collections'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { ActionPlans } from './collections/ActionPlans'
import { ActionPlanTargets } from './collections/ActionPlanTargets'
import { Contacts } from './collections/Contacts'
import { InternationalPartners } from './collections/InternationalPartners'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Redirects } from './collections/Redirects'
import { RegionalNetworks } from './collections/RegionalNetworks'
import { SiteSettings } from './collections/SiteSettings'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { payloadSecret, runScheduledJobs, serverURL } from './env'
import { healthEndpoint } from './health/endpoint'
import { namesLocaleOfRefusedSave } from './hooks/namesLocaleOfRefusedSave'
import { localization } from './localization'
import { logger } from './logger'
import { organisationsPlugin } from './organisations/plugin'
import { keepsOldAddresses } from './redirects/recordsMovedAddresses'
import { siteBuildEndpoints } from './siteBuilds/endpoints'
import { validationTranslations } from './validation/messages'
import { announcesPublishing, deliverWebhookTask, WebhookDeliveries, WebhookTargets, webhookQueue } from './webhooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  localization,
  // Payload's admin has no Finnish translation; staff pick one of these admin languages.
  i18n: {
    supportedLanguages: { en, sv, et, ru, ar, th, vi },
    fallbackLanguage: 'en',
    translations: validationTranslations,
  },
  admin: {
    user: collectionSlugs.users,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Union CMS' },
    // Payload's default avatar is fetched from Gravatar; keep the admin free of outside requests.
    avatar: 'default',
    components: {
      afterNavLinks: ['/siteBuilds/SiteBuildsNavLink#SiteBuildsNavLink'],
      views: { siteBuilds: { Component: '/siteBuilds/SiteBuildsView#SiteBuildsView', path: '/site-builds' } },
    },
  },
  collections: [
    ...[
      keepsOldAddresses(RegionalNetworks),
      Contacts,
      InternationalPartners,
      keepsOldAddresses(ActionPlans),
      ActionPlanTargets,
      keepsOldAddresses(Pages),
      Media,
      SiteSettings,
      Redirects,
    ].map(announcesPublishing),
    Organisations,
    Users,
    WebhookTargets,
    WebhookDeliveries,
  ],
  hooks: { afterError: [namesLocaleOfRefusedSave] },
  endpoints: [...siteBuildEndpoints, healthEndpoint],
  // Scheduled publishing and webhook deliveries run through Payload's job queue, worked by the
  // running CMS: webhooks every second (publish-to-live latency), scheduled publishing every minute.
  jobs: {
    tasks: [deliverWebhookTask],
    autoRun: runScheduledJobs
      ? [
          { queue: webhookQueue, cron: '* * * * * *', limit: 20 },
          { queue: 'default', cron: '* * * * *' },
        ]
      : [],
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  logger,
  plugins: [organisationsPlugin],
})
