import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durableFile'

/**
 * The signed part of a preview's address: /_preview/<previewId>.<expires>.<signature>/…, where the
 * signature is an HMAC-SHA256 over the preview's folder and its expiry (seconds since the epoch).
 * The rebuild service signs it when a preview is built; the site server checks it on every request.
 * The two share nothing but the sites folder, so the key lives there (previewSecretFile), written
 * by the service on its first preview and readable only by the user both run as.
 */
export const previewPathPrefix = '/_preview/'

/** How long a preview's address works. */
export const previewLifetimeMs = 60 * 60 * 1000

export const previewsFolder = 'previews'
const secretFileName = 'preview-secret'

export const previewSecretFile = (sitesDir: string) => join(sitesDir, secretFileName)

/** Preview ids are made by the service (newPreviewId); nothing else can name a folder. */
const previewIdPattern = /^[0-9a-f]{16}$/

export const newPreviewId = () => randomBytes(8).toString('hex')

export async function previewSecret(sitesDir: string): Promise<Buffer> {
  const file = previewSecretFile(sitesDir)
  if (!existsSync(file)) {
    await mkdir(sitesDir, { recursive: true })
    await writeFileDurably(file, randomBytes(32).toString('hex'))
  }
  return readSecret(file)
}

/** The key, or undefined before the service has made one (then no token can be valid). */
export async function readPreviewSecret(sitesDir: string): Promise<Buffer | undefined> {
  const file = previewSecretFile(sitesDir)
  return existsSync(file) ? readSecret(file) : undefined
}

async function readSecret(file: string): Promise<Buffer> {
  const text = (await readFile(file, 'utf8')).trim()
  if (!/^[0-9a-f]{64}$/.test(text))
    throw new Error(`${file} is not a preview key (64 hex digits); delete it to get a new one`)
  return Buffer.from(text, 'hex')
}

function signature(secret: Buffer, previewId: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`${previewsFolder}/${previewId}:${expiresAt}`).digest('base64url')
}

export function signPreviewToken(secret: Buffer, previewId: string, expiresAtMs: number): string {
  const expiresAt = Math.floor(expiresAtMs / 1000)
  return `${previewId}.${expiresAt}.${signature(secret, previewId, expiresAt)}`
}

export type TokenCheck =
  | { valid: true; previewId: string }
  | { valid: false; reason: 'malformed' | 'forged' | 'expired' }

/** Whether `token` was signed with `secret` and has not expired; constant-time on the signature. */
export function checkPreviewToken(secret: Buffer | undefined, token: string, nowMs = Date.now()): TokenCheck {
  const [previewId = '', expires = '', signed = ''] = token.split('.')
  if (!previewIdPattern.test(previewId) || !/^\d{1,12}$/.test(expires) || token.split('.').length !== 3) {
    return { valid: false, reason: 'malformed' }
  }
  if (!secret) return { valid: false, reason: 'forged' }
  const expected = Buffer.from(signature(secret, previewId, Number(expires)))
  const given = Buffer.from(signed)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'forged' }
  if (Number(expires) * 1000 <= nowMs) return { valid: false, reason: 'expired' }
  return { valid: true, previewId }
}
