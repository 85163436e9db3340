import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { Config } from 'payload'
import { type SmtpSettings, smtpSettings } from './env'

/**
 * How the CMS sends mail (password resets): through the SMTP server the environment names, with
 * Payload's official nodemailer adapter. Without SMTP_HOST this is undefined, so Payload keeps its
 * console adapter, which logs that a mail was attempted (recipient and subject, never the link).
 */
export function emailAdapter(settings: SmtpSettings | null = smtpSettings()): Config['email'] {
  if (!settings) return undefined
  return nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    // The adapter checks the connection at start-up and logs a failure, so a wrong host or login
    // shows in the CMS log at once rather than at the first forgotten password.
    transportOptions: { host: settings.host, port: settings.port, secure: settings.secure, auth: settings.auth },
  })
}
