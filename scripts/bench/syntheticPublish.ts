import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import type { RebuildStatus } from '@union/shared/messages/rebuildStatus'
import { documentPaths } from '@union/shared/routes'
import { generateWebhookSecret, signWebhook, type WebhookPayload } from '@union/shared/webhooks'
import { readRebuildConfig } from '../../publisher/src/service/config'
import type { Logger } from '../../publisher/src/service/logger'
import { silentLogger } from '../../publisher/src/service/logger'
import { startRebuildService } from '../../publisher/src/service/service'
import { startSiteServer } from '../../publisher/src/service/siteServer'
import { repoRoot } from '../lib/paths'
import { startFakeCms } from './fakeCms'
import { syntheticRichText, syntheticSnapshot } from './syntheticCorpus'

export type SyntheticPublish = {
  edition: number
  /** From just before the webhook's POST until the served page shows the new text. */
  pageSeconds: number
  /** From the same moment until the page shows it and the served search index holds it: publish-to-live. */
  seconds: number
  /** The build that carried the change, as its record in GET /status tells. */
  buildMs: number | null
  /** "rendered 7 pages, reused 1522", from the build's output. */
  summary: string
}

const gunzipAsync = promisify(gunzip)
/** Pagefind writes its files gzipped, each starting with this signature. */
const pagefindSignature = 'pagefind_dcd'
const pollMs = 100
const publishTimeoutMs = 15 * 60_000

/**
 * Publish-to-live on the synthetic site, the whole way but for Payload: the fake CMS serves the
 * synthetic snapshot as Payload's REST API would, the real rebuild service (in this process, as
 * in seededPublish.ts) builds, the real site server serves. After a first full build through the
 * service, each publish edits one network's Finnish description in the fake CMS, sends the signed
 * webhook over HTTP exactly as the CMS's delivery job does, and is timed from just before that
 * POST until the page the site server serves shows the new text and the search index it serves
 * (every Finnish shard's fragments, fetched and gunzipped over HTTP) holds it.
 */
export async function benchSyntheticPublish(
  documents: number,
  publishes: number,
  log: (line: string) => void,
  options: { debounceMs?: number } = {},
): Promise<SyntheticPublish[]> {
  const work = await mkdtemp(join(tmpdir(), 'union-bench-publish-'))
  const sitesDir = join(work, 'sites')
  const snapshot = syntheticSnapshot(documents)
  const file = join(work, 'content.json')
  await writeFile(file, JSON.stringify(snapshot))
  const cms = await startFakeCms(snapshot)
  const secret = generateWebhookSecret()
  // The build command's environment: the CMS is the fake one; the first build (no live site yet, so
  // no PREVIOUS_BUILD) reads the snapshot instead of paging through 3 × `documents` documents, and
  // every later build reads the CMS as in production, also if it falls back to fetching everything.
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
  const buildCommand = [
    `export CMS_URL=${shellQuote(cms.url)} NODE_ENV=production`,
    `if [ -z "$PREVIOUS_BUILD" ]; then export CONTENT_SNAPSHOT=${shellQuote(file)}; else unset CONTENT_SNAPSHOT; fi`,
    `exec ${shellQuote(tsx)} scripts/build-site.ts --out "$OUT_DIR"`,
  ].join('; ')
  const summaries = new Map<string, string>()
  const errors: string[] = []
  const serviceLog: Logger = {
    info: (message, fields) => {
      const summary = /build-site: \d+ pages built.*/.exec(message)?.[0]
      if (summary && typeof fields?.build === 'string') summaries.set(fields.build, summary)
    },
    warn: () => {},
    error: (message) => errors.push(message),
  }
  const service = await startRebuildService(
    {
      // Our own build behind a command that sets the environment: it replaces files, never writes
      // into them, so it may start from the staged copy of the live build, as the default command does.
      ...readRebuildConfig({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_COMMAND: buildCommand, REBUILD_STAGED_COPY: '1' }),
      sitesDir,
      controlPort: 0,
      debounceMs: options.debounceMs ?? 300,
    },
    serviceLog,
  )
  const site = await startSiteServer({ sitesDir, port: 0 }, silentLogger)
  const results: SyntheticPublish[] = []
  try {
    log(`synthetic publish: ${documents} networks × 3 locales; first (full) build through the rebuild service…`)
    const firstStarted = performance.now()
    await service.queue.add({ source: 'manual', receivedAt: new Date().toISOString() })
    await service.queue.settled()
    const first = (await status(service.controlUrl)).builds[0]
    if (first?.result !== 'succeeded')
      throw new Error(`the first build through the rebuild service failed: ${first?.error ?? errors.join('\n')}`)
    log(
      `synthetic publish: first build live after ${((performance.now() - firstStarted) / 1000).toFixed(1)} s (${first.pages} pages)`,
    )
    // The fragments already served cannot hold a text written after them (their names are content hashes).
    const seenFragments = new Set<string>()
    await searchIndexHolds(site.url, 'fi', '', '', seenFragments)

    const networks = snapshot.collections['regional-networks'].fi as { id: number; name: string; slug: string }[]
    for (let edition = 1; edition <= publishes; edition++) {
      const network = networks[(edition * 37) % networks.length]!
      const route = documentPaths.network('fi', network.slug)
      const marker = `Julkaisumittaus-${edition}-${randomBytes(6).toString('hex')}`
      const description = syntheticRichText('fi', 400, 200_000 + edition)
      description.root.children.unshift({
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            text: `${marker} on uusi teksti.`,
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      })
      cms.update('regional-networks', 'fi', network.id, { description })
      const webhookId = `msg_${randomUUID()}`
      const payload: WebhookPayload = {
        type: 'publish',
        collection: 'regional-networks',
        id: network.id,
        locales: ['fi'],
        organisation: 'synthetic',
        at: new Date().toISOString(),
        titles: { fi: network.name },
        publishedBy: 'Benchmark',
      }

      const started = performance.now()
      const signed = signWebhook(secret, webhookId, payload)
      const answer = await fetch(`${service.controlUrl}/webhooks/publish`, {
        method: 'POST',
        headers: { ...signed.headers, 'Content-Type': 'application/json' },
        body: signed.body,
      })
      if (answer.status !== 202) throw new Error(`the webhook was answered ${answer.status}: ${await answer.text()}`)
      let pageSeconds: number | undefined
      let record: RebuildStatus['builds'][number] | undefined
      for (let poll = 0; ; poll++) {
        if (performance.now() - started > publishTimeoutMs)
          throw new Error(`publish ${edition} (${route}) was not live after ${publishTimeoutMs / 60_000} minutes`)
        // Read before the page: a record that says "succeeded" was written after its switch.
        if (poll % 5 === 0 || pageSeconds !== undefined) {
          record = (await status(service.controlUrl)).builds.find((build) =>
            build.triggers.some((trigger) => trigger.source === 'webhook' && trigger.webhookId === webhookId),
          )
          if (record?.result === 'failed') throw new Error(`the build of publish ${edition} failed: ${record.error}`)
        }
        const page = await (await fetch(`${site.url}${route}`)).text()
        if (page.includes(marker)) {
          pageSeconds ??= (performance.now() - started) / 1000
          if (await searchIndexHolds(site.url, 'fi', route, marker, seenFragments)) break
          if (record?.result === 'succeeded')
            throw new Error(
              `publish ${edition}: ${route} shows the new text, but the search index served does not hold it`,
            )
        } else if (record?.result === 'succeeded') {
          throw new Error(
            `publish ${edition}: its build ${record.id} succeeded, but ${route} does not show the new text`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs))
      }
      const seconds = (performance.now() - started) / 1000
      record = (await status(service.controlUrl)).builds.find((build) =>
        build.triggers.some((trigger) => trigger.source === 'webhook' && trigger.webhookId === webhookId),
      )
      const summary = /rendered \d+ pages, reused \d+/.exec((record && summaries.get(record.id)) ?? '')?.[0] ?? ''
      log(
        `publish ${edition} (${route}): page live after ${pageSeconds?.toFixed(1)} s, page and search after ${seconds.toFixed(1)} s; build ${((record?.durationMs ?? Number.NaN) / 1000).toFixed(1)} s, ${summary}`,
      )
      results.push({
        edition,
        pageSeconds: pageSeconds ?? seconds,
        seconds,
        buildMs: record?.durationMs ?? null,
        summary,
      })
    }
  } finally {
    await service.close()
    await site.close()
    await cms.close()
    await rm(work, { recursive: true, force: true })
  }
  return results
}

async function status(controlUrl: string): Promise<RebuildStatus> {
  return (await fetch(`${controlUrl}/status`)).json() as Promise<RebuildStatus>
}

/**
 * Whether the search index the site server serves holds `text` on the page at `route`, read as
 * a browser's search would read it: /pagefind/shards.json names the language's shards, each
 * shard's pagefind-entry.json names its metadata file, which lists every page's fragment; the
 * fragments (gzipped JSON with the page's URL and text) not in `seen` are fetched and searched, and
 * added to `seen`. With an empty `text` it only fills `seen`.
 */
export async function searchIndexHolds(
  siteUrl: string,
  language: string,
  route: string,
  text: string,
  seen: Set<string>,
): Promise<boolean> {
  const get = async (path: string) => {
    const response = await fetch(`${siteUrl}/pagefind/${path}`)
    if (!response.ok) throw new Error(`GET /pagefind/${path} answered ${response.status}`)
    return response
  }
  const shards = ((await (await get('shards.json')).json()) as Record<string, string[]>)[language] ?? []
  let found = false
  for (const shard of shards) {
    const entry = (await (await get(`${shard}/pagefind-entry.json`)).json()) as {
      languages: Record<string, { hash: string }>
    }
    for (const { hash } of Object.values(entry.languages)) {
      const meta = await pagefindFile(await get(`${shard}/pagefind.${hash}.pf_meta`))
      const fresh = fragmentsOf(decodeCbor(meta), `${shard}/pagefind.${hash}.pf_meta`).filter(
        (fragment) => !seen.has(`${shard}/${fragment}`),
      )
      for (const fragment of fresh) {
        seen.add(`${shard}/${fragment}`)
        if (!text) continue
        const body = await pagefindFile(await get(`${shard}/fragment/${fragment}.pf_fragment`))
        const { url, content } = JSON.parse(new TextDecoder().decode(body)) as { url: string; content: string }
        if (url === route && content.includes(text)) found = true
      }
    }
  }
  return found
}

async function pagefindFile(response: Response): Promise<Uint8Array> {
  const bytes = new Uint8Array(await gunzipAsync(new Uint8Array(await response.arrayBuffer())))
  const signature = new TextDecoder().decode(bytes.subarray(0, pagefindSignature.length))
  if (signature !== pagefindSignature) throw new Error(`${response.url} is not a Pagefind file`)
  return bytes.subarray(pagefindSignature.length)
}

/** The fragment names in a Pagefind metadata file: [version, [[fragment hash, word count, …], …], …]. */
function fragmentsOf(meta: unknown, name: string): string[] {
  const pages = Array.isArray(meta) ? meta[1] : undefined
  if (!Array.isArray(pages) || pages.some((page) => !Array.isArray(page) || typeof page[0] !== 'string'))
    throw new Error(`${name} is not the Pagefind metadata this benchmark reads (Pagefind 1.x)`)
  return pages.map((page) => page[0] as string)
}

/** A small CBOR decoder (RFC 8949, definite lengths), enough for Pagefind's metadata file. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = new TextDecoder()
  let at = 0
  /** Reads `size` bytes as an unsigned big-endian number (a length, a count or an integer). */
  const unsigned = (size: number): number => {
    let value = 0
    for (let index = 0; index < size; index++) value = value * 256 + view.getUint8(at + index)
    at += size
    return value
  }
  const take = (length: number): Uint8Array => {
    at += length
    return bytes.subarray(at - length, at)
  }
  const item = (): unknown => {
    const initial = view.getUint8(at++)
    const major = initial >> 5
    const info = initial & 31
    if (info >= 28) throw new Error(`CBOR: indefinite or reserved length (${info}) at byte ${at - 1}`)
    if (major === 7) {
      if (info === 20) return false
      if (info === 21) return true
      if (info === 22 || info === 23) return null
      if (info === 26) return new DataView(take(4).slice().buffer).getFloat32(0)
      if (info === 27) return new DataView(take(8).slice().buffer).getFloat64(0)
      throw new Error(`CBOR: simple value or half float (${info}) at byte ${at - 1}, not read here`)
    }
    const value = info < 24 ? info : unsigned(2 ** (info - 24))
    switch (major) {
      case 0:
        return value
      case 1:
        return -1 - value
      case 2:
        return take(value)
      case 3:
        return text.decode(take(value))
      case 4:
        return Array.from({ length: value }, () => item())
      case 5:
        return new Map(Array.from({ length: value }, () => [item(), item()] as const))
      default:
        return item() // a tag: its content
    }
  }
  return item()
}

/** A word for /bin/sh, quoted so that nothing in it is expanded. */
function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`
}
