import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { contentTypeFor } from '@union/shared/contentTypes'
import { resolvePage, sendText } from './pageFiles'
import { checkPreviewToken, previewPathPrefix, previewsFolder, readPreviewSecret } from './previewToken'

/** Every answer of a preview: private to whoever holds the address, never indexed, never cached. */
const previewHeaders = {
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'private, no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
}

const refusals = {
  malformed: 'This preview address is not valid. Ask for a new preview in the CMS.\n',
  forged: 'This preview address is not valid. Ask for a new preview in the CMS.\n',
  expired: 'This preview has expired. Ask for a new preview in the CMS.\n',
}

/**
 * Serves the previews the rebuild service builds (previews.ts), at /_preview/<token>/<page>: the
 * token is checked on every request (previewToken.ts) and a missing, forged or expired one is
 * answered 403. A preview is a whole site built for the public's root, so its pages' own links
 * (/sv/…, /_astro/…) are turned to stay inside the preview, and each page says noindex.
 */
export function previewSite(sitesDir: string) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const rest = url.pathname.slice(previewPathPrefix.length)
    const slash = rest.indexOf('/')
    const token = slash === -1 ? rest : rest.slice(0, slash)
    if (token === '') return sendText(response, 403, 'A preview address needs its token.\n', previewHeaders)
    const check = checkPreviewToken(await readPreviewSecret(sitesDir), token)
    if (!check.valid) return sendText(response, 403, refusals[check.reason], previewHeaders)
    const prefix = `${previewPathPrefix}${token}`
    if (slash === -1) return redirect(response, `${prefix}/${url.search}`)
    const root = join(sitesDir, previewsFolder, check.previewId)
    if (!existsSync(root)) return sendText(response, 404, 'This preview is no longer kept.\n', previewHeaders)
    const page = await resolvePage(root, rest.slice(slash))
    if (page.kind === 'malformed')
      return sendText(response, 400, `Malformed address: ${url.pathname}\n`, previewHeaders)
    if (page.kind === 'missing')
      return sendText(response, 404, `Not in this preview: ${page.pathname}\n`, previewHeaders)
    if (page.kind === 'redirect') return redirect(response, `${prefix}${page.location}${url.search}`)
    const body = await readFile(page.file)
    const html = page.file.endsWith('.html')
    const sent = html ? Buffer.from(previewPage(body.toString('utf8'), prefix)) : body
    response.writeHead(200, {
      ...previewHeaders,
      'content-type': contentTypeFor(page.file),
      'content-length': sent.length,
    })
    response.end(request.method === 'HEAD' ? undefined : sent)
  }
}

function redirect(response: ServerResponse, location: string): void {
  sendText(response, 301, `Moved to ${location}\n`, { ...previewHeaders, location })
}

const robotsMeta = '<meta name="robots" content="noindex, nofollow">'

/**
 * A built page as the preview serves it: marked noindex, and with every address that starts at the
 * site's root (href, src, action, srcset) moved under the preview's own prefix, so following a link,
 * a stylesheet or an image stays in the preview instead of reaching the public site.
 */
export function previewPage(html: string, prefix: string): string {
  const rooted = html
    .replace(/(\s(?:href|src|action|poster)=["'])\/(?!\/)/g, `$1${prefix}/`)
    .replace(
      /(\ssrcset=["'])([^"']*)/g,
      (_, attribute: string, list: string) => `${attribute}${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${prefix}/`)}`,
    )
  return /<head[^>]*>/i.test(rooted)
    ? rooted.replace(/<head[^>]*>/i, (head) => `${head}${robotsMeta}`)
    : `${robotsMeta}${rooted}`
}
