import { collectionSlugs } from '@union/shared/collections'
import type { Payload, TaskConfig } from 'payload'
import { documentEditUrl } from '../adminLinks'
import { collectionLabel, type Words } from '../adminWords'
import { serverURL, smtpSettings } from '../env'
import { type DueDocument, dueDocuments } from './dueDocuments'
import { freshnessLabels, reasonLabels } from './labels'

/** The queue the weekly reminder is put on: the one scheduled publishing uses, worked every minute. */
const reminderQueue = 'default'

/** Mondays at 07:00 (server time): seconds, minutes, hours, day of month, month, weekday. */
const weekly = '0 0 7 * * 1'

/**
 * Once a week, where e-mail is configured (SMTP_HOST), each responsible person gets one mail
 * listing their documents whose review is overdue or due within 30 days, and contacts whose term
 * ends then, each with a link to it in the admin. Without e-mail the task is not scheduled.
 */
export const reviewReminderTask: TaskConfig<'remindReviews'> = {
  slug: 'remindReviews',
  label: 'Remind the responsible people of reviews due',
  schedule: smtpSettings() ? [{ cron: weekly, queue: reminderQueue }] : undefined,
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { sent: await sendReviewReminders(req.payload) } }),
}

/** Sends the reminders; returns how many mails went out. */
export async function sendReviewReminders(payload: Payload, now = new Date()): Promise<number> {
  const byPerson = new Map<number, DueDocument[]>()
  for (const document of await dueDocuments(payload, { now })) {
    if (document.responsible === null) continue
    byPerson.set(document.responsible, [...(byPerson.get(document.responsible) ?? []), document])
  }
  if (byPerson.size === 0) return 0
  const people = await payload.find({
    collection: collectionSlugs.users,
    where: { id: { in: [...byPerson.keys()] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let sent = 0
  for (const person of people.docs) {
    const documents = byPerson.get(person.id) ?? []
    await payload.sendEmail({
      to: person.email,
      subject: reminderWords(freshnessLabels.mailSubject),
      text: reminderText(payload, documents),
    })
    sent++
  }
  payload.logger.info({ msg: `review reminders: ${sent} mails sent` })
  return sent
}

/**
 * The mail is in Finnish, the admin's default language, with Swedish and English after it: the
 * CMS keeps no per-user language outside the admin's browser session.
 */
const mailLanguages = ['fi', 'sv', 'en'] as const
const reminderWords = (words: Words) => mailLanguages.map((language) => words[language]).join(' / ')

function reminderText(payload: Payload, documents: DueDocument[]): string {
  const date = new Intl.DateTimeFormat('fi', { dateStyle: 'medium', timeZone: 'UTC' })
  const i18n = { language: 'fi', fallbackLanguage: 'en', t: (key: string) => key } as never
  const section = (state: DueDocument['state']) => {
    const listed = documents.filter((document) => document.state === state)
    if (listed.length === 0) return []
    return [
      `${reminderWords(freshnessLabels[state])}:`,
      ...listed.map(
        (document) =>
          `- ${document.title} (${collectionLabel(payload, document.collection, i18n)}), ${reminderWords(
            reasonLabels[document.reason],
          )} ${date.format(new Date(document.due))}\n  ${serverURL}${documentEditUrl(payload, document.collection, document.id)}`,
      ),
      '',
    ]
  }
  return [reminderWords(freshnessLabels.mailIntro), '', ...section('overdue'), ...section('dueSoon')].join('\n')
}
