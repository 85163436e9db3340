import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
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
import { reviewReminderTask } from './freshness/reviewReminderTask'
import { healthEndpoint } from './health/endpoint'
import { namesLocaleOfRefusedSave } from './hooks/namesLocaleOfRefusedSave'
import { adminI18n } from './i18n'
import { localization } from './localization'
import { logger } from './logger'
import { organisationsPlugin } from './organisations/plugin'
import { keepsOldAddresses } from './redirects/recordsMovedAddresses'
import { siteBuildEndpoints } from './siteBuilds/endpoints'
import { sitePreviewEndpoint } from './sitePreviews/endpoint'
import { offersSitePreview } from './sitePreviews/offersSitePreview'
import {
  announcesPublishing,
  deliverWebhookTask,
  markScheduledPublishing,
  WebhookDeliveries,
  WebhookTargets,
  webhookQueue,
} from './webhooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  localization,
  // The admin in Finnish (the default), Swedish and English; each user picks theirs in the account view.
  i18n: adminI18n,
  admin: {
    user: collectionSlugs.users,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Union CMS' },
    // Numeric, as dates are written in Finland and Sweden: no month name left in English (see i18n/fi.ts).
    dateFormat: 'd.M.yyyy HH:mm',
    // Payload's default avatar is fetched from Gravatar; keep the admin free of outside requests.
    avatar: 'default',
    components: {
      afterNavLinks: ['/siteBuilds/SiteBuildsNavLink#SiteBuildsNavLink', '/coverage/CoverageNavLink#CoverageNavLink'],
      beforeDashboard: [
        '/freshness/FreshnessDashboard#FreshnessDashboard',
        '/coverage/CoverageSummary#CoverageSummary',
      ],
      views: {
        siteBuilds: { Component: '/siteBuilds/SiteBuildsView#SiteBuildsView', path: '/site-builds' },
        translationCoverage: { Component: '/coverage/CoverageView#CoverageView', path: '/translation-coverage' },
      },
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
    ]
      .map(announcesPublishing)
      .map(offersSitePreview),
    Organisations,
    Users,
    WebhookTargets,
    WebhookDeliveries,
  ],
  hooks: { afterError: [namesLocaleOfRefusedSave] },
  onInit: markScheduledPublishing,
  endpoints: [...siteBuildEndpoints, sitePreviewEndpoint, healthEndpoint],
  // Scheduled publishing and webhook deliveries run through Payload's job queue, worked by the
  // running CMS: webhooks every second (publish-to-live latency), scheduled publishing and the
  // weekly review reminder (scheduled only where e-mail is configured) every minute.
  jobs: {
    tasks: [deliverWebhookTask, reviewReminderTask],
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
