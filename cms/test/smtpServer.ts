import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** One message as the SMTP server received it: the envelope, the headers and the decoded body. */
export type ReceivedMail = {
  envelopeFrom: string
  envelopeTo: string[]
  headers: Record<string, string>
  body: string
}

/**
 * A real SMTP server on a free local port that asks for a login and keeps every message it
 * accepts, so a test sees exactly what the CMS sent over the wire.
 */
export async function startSmtpServer(login: { user: string; pass: string }) {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    // Plain SMTP on loopback: the test server's self-signed STARTTLS certificate would be refused.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === login.user && auth.password === login.pass) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        received.push({
          envelopeFrom,
          envelopeTo: session.envelope.rcptTo.map((to) => to.address),
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    received,
    /** The next message to `to`, waiting for it briefly: sending is asynchronous to the request. */
    async mailTo(to: string, timeoutMs = 5000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const index = received.findIndex((mail) => mail.envelopeTo.includes(to))
        if (index >= 0) return received.splice(index, 1)[0]!
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`no mail to ${to} arrived within ${timeoutMs} ms (received: ${received.length})`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Headers (lower-case names, folded lines joined) and the body, decoded from its transfer encoding. */
function parseMessage(raw: string): Pick<ReceivedMail, 'headers' | 'body'> {
  const split = raw.indexOf('\r\n\r\n')
  const headers: Record<string, string> = {}
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  const encoded = raw.slice(split + 4)
  const encoding = headers['content-transfer-encoding']?.toLowerCase()
  const body =
    encoding === 'quoted-printable'
      ? Buffer.from(
          encoded
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(encoded, 'base64').toString('utf8')
        : encoded
  return { headers, body }
}
