import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dueDocuments } from '../src/freshness/dueDocuments'
import { ensureTestOrganisation, startPayload, stopPayload } from './payload'
import { createUser, rest } from './rest'
import { startSmtpServer } from './smtpServer'

/**
 * Freshness: the dashboard's lists of what is overdue and what falls due within 30 days, the
 * weekly reminder mail over a real SMTP server, and the review on the public API.
 */
const smtpLogin = { user: 'cms-mailer', pass: 'smtp-password-for-tests' }
const day = 86_400_000
const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString()
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
let organisation: number
let otherOrganisation: number
let owner: number
let chairWatcher: number

beforeAll(async () => {
  smtp = await startSmtpServer(smtpLogin)
  // The config reads these at import, and startPayload imports it afresh for this file.
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_USER: smtpLogin.user,
    SMTP_PASS: smtpLogin.pass,
    EMAIL_FROM_ADDRESS: 'cms@union.example',
    SERVER_URL: 'https://cms.union.example',
  })
  payload = await startPayload()
  organisation = await ensureTestOrganisation(payload)
  otherOrganisation = (
    await payload.create({ collection: 'organisations', data: { name: 'Toinen liitto', slug: 'toinen' } })
  ).id
  owner = (await createUser(payload, 'owner@example.org', ['editor'])).user.id
  chairWatcher = (await createUser(payload, 'networks@example.org', ['editor'])).user.id

  const page = (title: string, review: object, tenant = organisation) =>
    payload.create({
      collection: 'pages',
      locale: 'fi',
      data: { title, tenant, translatedLocales: ['fi'], _status: 'published', review },
    })
  await page('Jäsenedut', { nextReviewDue: daysFromNow(-10), responsible: owner, lastReviewed: daysFromNow(-200) })
  await page('Tapahtumat', { nextReviewDue: daysFromNow(12), responsible: owner })
  await page('Historia', { nextReviewDue: daysFromNow(90), responsible: owner })
  await page('Toisen liiton sivu', { nextReviewDue: daysFromNow(-3), responsible: owner }, otherOrganisation)
  await payload.create({
    collection: 'contacts',
    data: {
      name: 'Maija Puheenjohtaja',
      tenant: organisation,
      _status: 'published',
      review: { termEnd: daysFromNow(-1), responsible: chairWatcher },
    },
  })
  await payload.create({
    collection: 'regional-networks',
    locale: 'fi',
    data: {
      name: 'Oulun verkosto',
      region: 'oulu-area',
      tenant: organisation,
      translatedLocales: ['fi'],
      _status: 'published',
      review: { nextReviewDue: daysFromNow(29), responsible: chairWatcher },
    },
  })
})

afterAll(async () => {
  await stopPayload(payload)
  await smtp.close()
})

describe("the dashboard's freshness lists", () => {
  test('name what is overdue and what falls due within 30 days, of the chosen organisation only', async () => {
    const due = await dueDocuments(payload, { organisation })
    const titles = (state: string) =>
      due.filter((document) => document.state === state).map((document) => `${document.title}: ${document.reason}`)
    expect(titles('overdue')).toEqual(['Jäsenedut: reviewDue', 'Maija Puheenjohtaja: termEnd'])
    expect(titles('dueSoon')).toEqual(['Tapahtumat: reviewDue', 'Oulun verkosto: reviewDue'])
    expect(due.map((document) => document.organisation)).toEqual(due.map(() => organisation))
    const other = await dueDocuments(payload, { organisation: otherOrganisation })
    expect(other.map((document) => document.title)).toEqual(['Toisen liiton sivu'])
  })

  test('a review recorded in a newer draft counts', async () => {
    const found = await payload.find({ collection: 'pages', where: { title: { equals: 'Historia' } }, limit: 1 })
    await payload.update({
      collection: 'pages',
      id: found.docs[0]!.id,
      draft: true,
      data: { review: { nextReviewDue: daysFromNow(-2), responsible: owner } },
    })
    const due = await dueDocuments(payload, { organisation })
    expect(due.find((document) => document.title === 'Historia')?.state).toBe('overdue')
    await payload.update({
      collection: 'pages',
      id: found.docs[0]!.id,
      draft: true,
      data: { review: { nextReviewDue: daysFromNow(90), responsible: owner } },
    })
  })
})

test('with e-mail configured, the reminder is scheduled weekly', () => {
  const task = payload.config.jobs.tasks?.find((each) => each.slug === 'remindReviews')
  expect(task?.schedule?.map((each) => each.cron)).toEqual(['0 0 7 * * 1'])
})

test('the weekly job mails each responsible person what of theirs is overdue or due within 30 days', async () => {
  await payload.jobs.queue({ task: 'remindReviews', input: {} })
  await payload.jobs.run({ queue: 'default' })
  const mail = await smtp.mailTo('owner@example.org')
  expect(mail.envelopeFrom).toBe('cms@union.example')
  expect(mail.body).toContain('Jäsenedut')
  expect(mail.body).toContain('Tapahtumat')
  expect(mail.body).toContain('Toisen liiton sivu')
  expect(mail.body).not.toContain('Historia')
  expect(mail.body).not.toContain('Maija')
  // Overdue comes first, with a link to the document in the admin.
  expect(mail.body.indexOf('Jäsenedut')).toBeLessThan(mail.body.indexOf('Tapahtumat'))
  expect(mail.body).toMatch(/https:\/\/cms\.union\.example\/admin\/collections\/pages\/\d+/)
  const chair = await smtp.mailTo('networks@example.org')
  expect(chair.body).toContain('Maija Puheenjohtaja')
  expect(chair.body).toContain('Oulun verkosto')
  expect(chair.body).not.toContain('Jäsenedut')
  expect(smtp.received).toHaveLength(0)
})

test('the public API gives the last review date but never the responsible person', async () => {
  const anonymous = await rest(payload, '/pages', {
    query: { locale: 'fi', depth: 1, 'where[title][equals]': 'Jäsenedut' },
  })
  const review = anonymous.body.docs[0].review
  expect(review.lastReviewed.slice(0, 10)).toBe(daysFromNow(-200).slice(0, 10))
  expect(review).not.toHaveProperty('responsible')
  expect(JSON.stringify(anonymous.body)).not.toContain('owner@example.org')
})
