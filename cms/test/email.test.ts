import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPayload, stopPayload } from './payload'
import { createUser, rest } from './rest'
import { startSmtpServer } from './smtpServer'

const serverURL = 'https://cms.union.example'
const smtpLogin = { user: 'cms-mailer', pass: 'smtp-password-for-tests' }
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload

beforeAll(async () => {
  smtp = await startSmtpServer(smtpLogin)
  // The config reads these at import, and startPayload imports it afresh for this file.
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_USER: smtpLogin.user,
    SMTP_PASS: smtpLogin.pass,
    EMAIL_FROM_ADDRESS: 'cms@union.example',
    EMAIL_FROM_NAME: 'Union Mail',
    SERVER_URL: serverURL,
  })
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
  await smtp.close()
})

const loginStatus = async (email: string, password: string) =>
  rest(payload, '/users/login', { method: 'POST', body: { email, password } })

/** Asks for a reset over REST as the admin's login screen does, and returns the link the mail holds. */
async function requestResetLink(email: string) {
  const asked = await rest(payload, '/users/forgot-password', { method: 'POST', body: { email } })
  expect(asked.status).toBe(200)
  const mail = await smtp.mailTo(email)
  const link = mail.body.match(/https:\/\/cms\.union\.example\/admin\/reset\/([0-9a-f]{40})/)
  if (!link) throw new Error(`the reset mail to ${email} holds no reset link: ${mail.body}`)
  return { mail, token: link[1]! }
}

test('a forgotten password is mailed from the configured sender, and its link resets the password once', async () => {
  const { password: oldPassword } = await createUser(payload, 'editor@example.org', ['editor'])
  const { mail, token } = await requestResetLink('editor@example.org')
  expect(mail.envelopeFrom).toBe('cms@union.example')
  expect(mail.headers.from).toMatch(/^"?Union Mail"? <cms@union\.example>$/)
  expect(mail.headers.to).toBe('editor@example.org')

  const reset = await rest(payload, '/users/reset-password', {
    method: 'POST',
    body: { token, password: 'a-new-password-from-the-mail' },
  })
  expect(reset.status).toBe(200)
  expect((await loginStatus('editor@example.org', 'a-new-password-from-the-mail')).status).toBe(200)
  expect((await loginStatus('editor@example.org', oldPassword)).status).toBe(401)

  const reused = await rest(payload, '/users/reset-password', {
    method: 'POST',
    body: { token, password: 'someone-else-with-the-old-mail' },
  })
  expect(reused.status).toBe(403)
})

test('the owner of a locked account gets back in through the reset mail, at once', async () => {
  const { password } = await createUser(payload, 'translator@example.org', ['translator'])
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await loginStatus('translator@example.org', `wrong-guess-${attempt}`)).status).toBe(401)
  }
  const locked = await loginStatus('translator@example.org', password)
  expect(locked.status).toBe(401)
  // Payload's own message, in the admin's default language (Finnish).
  expect(JSON.stringify(locked.body)).toContain('Käyttäjä on lukittu')

  const { token } = await requestResetLink('translator@example.org')
  const reset = await rest(payload, '/users/reset-password', {
    method: 'POST',
    body: { token, password: 'recovered-after-the-lockout' },
  })
  expect(reset.status).toBe(200)
  // Payload's reset clears lockUntil and loginAttempts itself; no hook of ours is needed for this.
  expect((await loginStatus('translator@example.org', 'recovered-after-the-lockout')).status).toBe(200)
})

test('a reset asked for an unknown address answers the same and sends nothing', async () => {
  const before = smtp.received.length
  const asked = await rest(payload, '/users/forgot-password', { method: 'POST', body: { email: 'nobody@example.org' } })
  expect(asked.status).toBe(200)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.received.length).toBe(before)
})

describe('SMTP settings', () => {
  test('without SMTP_HOST there is no SMTP adapter, so Payload keeps logging mail to the console', async () => {
    const { emailAdapter } = await import('../src/email')
    const { smtpSettings } = await import('../src/env')
    expect(smtpSettings({})).toBeNull()
    expect(emailAdapter(null)).toBeUndefined()
    expect(payload.email.name).toBe('nodemailer')
  })

  test('defaults: port 587, or 465 with SMTP_SECURE; the sender from SERVER_URL', async () => {
    const { smtpSettings } = await import('../src/env')
    expect(smtpSettings({ SMTP_HOST: 'mail.example.org', SERVER_URL: 'https://cms.jhl.fi' })).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: undefined,
      from: { address: 'no-reply@cms.jhl.fi', name: 'Union CMS' },
    })
    expect(smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'true' })?.port).toBe(465)
  })

  test('a wrong setting is refused by name, without the password', async () => {
    const { smtpSettings } = await import('../src/env')
    expect(() => smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT "smtp"/)
    expect(() => smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'yes please' })).toThrow(/SMTP_SECURE/)
    expect(() => smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_PASS: 'hunter2' })).toThrow(
      /SMTP_USER and SMTP_PASS go together/,
    )
    expect(() => smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_PASS: 'hunter2' })).not.toThrow(/hunter2/)
  })
})
