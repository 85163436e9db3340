import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BuiltSite } from './builtSite'
import type { Problem } from './problem'

/** One message of the Nu HTML Checker's `--format json` output. */
type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  firstLine?: number
  lastLine?: number
  firstColumn?: number
  message: string
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/**
 * Validates every content page with the Nu HTML Checker (the W3C validator) in one Java run, since
 * the JVM takes seconds to start. Errors are problems; its warnings are advice ("consider adding a
 * heading to this section") and are left out with `--errors-only`. Astro's redirect stubs are left
 * out too: their markup is Astro's, and vnu rejects its `content="0;url=…"`.
 */
export async function checkHtmlValidity(site: BuiltSite): Promise<Problem[]> {
  const pages = site.contentPages()
  if (pages.length === 0) return []
  const output = await runVnu(site.distDir, pages)
  const distDir = realpathSync(site.distDir)
  return parseVnuMessages(output).map((message) => ({
    page: message.url ? relative(distDir, fileURLToPath(message.url)).split(sep).join('/') : '(vnu)',
    check: 'html',
    message: formatVnuMessage(message),
  }))
}

function runVnu(distDir: string, pages: readonly string[]): Promise<string> {
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', ...pages]
  return new Promise((resolve, reject) => {
    // vnu exits 1 when it found errors, so the exit code alone is no failure; its JSON goes to stderr.
    execFile('java', args, { cwd: distDir, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(
          new Error(
            `Could not run the Nu HTML Checker (java -jar ${vnuJar}): ${error.message}. Is Java 17+ installed?`,
          ),
        )
        return
      }
      resolve(`${stderr}\n${stdout}`)
    })
  })
}

function parseVnuMessages(output: string): VnuMessage[] {
  const start = output.indexOf('{"')
  const end = output.lastIndexOf('}')
  if (start === -1 || end < start)
    throw new Error(`The Nu HTML Checker printed no JSON report:\n${output.slice(0, 2000)}`)
  const report = JSON.parse(output.slice(start, end + 1)) as { messages?: VnuMessage[] }
  if (!Array.isArray(report.messages))
    throw new Error(`The Nu HTML Checker's report has no messages list:\n${output.slice(0, 2000)}`)
  return report.messages.filter((message) => message.type !== 'info')
}

function formatVnuMessage(message: VnuMessage): string {
  const line = message.firstLine ?? message.lastLine
  const where =
    line === undefined ? '' : `line ${line}${message.firstColumn === undefined ? '' : `:${message.firstColumn}`}: `
  const kind = message.type === 'non-document-error' ? 'could not check: ' : ''
  return `${where}${kind}${message.message}`
}
