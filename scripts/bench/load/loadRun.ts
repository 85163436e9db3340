import type { Agent } from 'node:http'
import type { BenchUser, PreparedIds, ReadCollection } from './fixture'
import { readCollections } from './fixture'
import { keepAliveAgent, send } from './http'

/**
 * Closed-loop load on the CMS's REST API: each reader sends its next request as soon as the last
 * one has answered (no pause), as the site build and a crowd of API clients do; each editor works
 * like the admin's autosave: opens a document (GET ?draft=true), saves it as a draft three times
 * (PATCH ?autosave=true&draft=true, the admin's URL), pausing `editorPauseMs` between saves (the
 * admin autosaves at most every 2 s), and every fifth time creates a new draft page instead.
 * Requests started during the warm-up are not counted.
 */
export type LoadOptions = {
  cmsUrl: string
  ids: PreparedIds
  editors: BenchUser[]
  readers: number
  seconds: number
  warmupSeconds: number
  editorPauseMs: number
  locales: string[]
}

export type Sample = { role: 'reader' | 'editor'; kind: string; ms: number; outcome: string }

export type LoadResult = { samples: Sample[]; seconds: number }

/** Site build's read parameters (site/src/loader/fetchContent.ts): published only, one level resolved. */
const readParameters = 'depth=1&draft=false'
const titleField: Record<string, string> = {
  'regional-networks': 'name',
  'international-partners': 'name',
  pages: 'title',
}
const editedCollections = Object.keys(titleField) as ReadCollection[]

export async function runLoad(options: LoadOptions, log: (line: string) => void): Promise<LoadResult> {
  const agent = keepAliveAgent(options.readers + options.editors.length)
  const samples: Sample[] = []
  const startedAt = performance.now()
  const measureFrom = startedAt + options.warmupSeconds * 1000
  const stopAt = measureFrom + options.seconds * 1000
  const running = () => performance.now() < stopAt
  const record = async (role: Sample['role'], kind: string, call: () => Promise<{ status: number; ms: number }>) => {
    const counted = performance.now() >= measureFrom
    const began = performance.now()
    let outcome: string
    let status = 0
    try {
      const answer = await call()
      status = answer.status
      outcome = status >= 200 && status < 300 ? 'ok' : `HTTP ${status}`
    } catch (error) {
      outcome = `network: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    }
    if (counted) samples.push({ role, kind, ms: performance.now() - began, outcome })
    return status
  }

  const tokens = await Promise.all(options.editors.map((editor) => logIn(agent, options.cmsUrl, editor)))
  log(
    `load: ${options.readers} readers and ${options.editors.length} editors for ${options.warmupSeconds} s warm-up + ${options.seconds} s…`,
  )
  const progress = setInterval(() => {
    const elapsed = (performance.now() - measureFrom) / 1000
    if (elapsed > 0) log(`load: ${elapsed.toFixed(0)} s, ${samples.length} requests counted`)
  }, 15_000)
  try {
    await Promise.all([
      ...Array.from({ length: options.readers }, (_, index) =>
        reader(index, options, running, (kind, path) =>
          record('reader', kind, () => send(agent, new URL(path, options.cmsUrl))),
        ),
      ),
      ...tokens.map((token, index) => editor(index, token, options, agent, running, record)),
    ])
  } finally {
    clearInterval(progress)
    agent.destroy()
  }
  return { samples, seconds: options.seconds }
}

async function logIn(agent: Agent, cmsUrl: string, user: BenchUser): Promise<string> {
  const answer = await send(agent, new URL('/api/users/login', cmsUrl), {
    method: 'POST',
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  const token = answer.status === 200 ? (JSON.parse(answer.body) as { token?: string }).token : undefined
  if (!token) throw new Error(`login of ${user.email} answered ${answer.status}: ${answer.body.slice(0, 300)}`)
  return token
}

/** A seeded random number generator, so every run sends the same mix. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}
const pick = <T>(values: readonly T[], next: () => number): T => values[Math.floor(next() * values.length)]!

/** 40 % lists (a page of 100, as the site build reads), 50 % single documents, 10 % the site settings. */
async function reader(
  index: number,
  options: LoadOptions,
  running: () => boolean,
  get: (kind: string, path: string) => Promise<number>,
): Promise<void> {
  const next = random(1000 + index)
  while (running()) {
    const locale = pick(options.locales, next)
    const draw = next()
    if (draw < 0.1) {
      await get('site settings', `/api/site-settings?locale=${locale}&${readParameters}&limit=1`)
    } else if (draw < 0.5) {
      const collection = pick(readCollections, next)
      await get(`${collection} list`, `/api/${collection}?locale=${locale}&${readParameters}&limit=100&page=1&sort=id`)
    } else {
      const collection = pick(
        readCollections.filter((slug) => options.ids[slug].length > 0),
        next,
      )
      const id = pick(options.ids[collection], next)
      await get(`${collection} by id`, `/api/${collection}/${id}?locale=${locale}&${readParameters}`)
    }
  }
}

async function editor(
  index: number,
  token: string,
  options: LoadOptions,
  agent: Agent,
  running: () => boolean,
  record: (role: 'editor', kind: string, call: () => Promise<{ status: number; ms: number }>) => Promise<number>,
): Promise<void> {
  const next = random(9000 + index)
  const headers = { authorization: `JWT ${token}` }
  const url = (path: string) => new URL(path, options.cmsUrl)
  const locale = 'en'
  const autosave = `autosave=true&depth=0&draft=true&fallback-locale=null&locale=${locale}`
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.editorPauseMs))
  for (let session = 1; running(); session++) {
    let collection: ReadCollection
    let id: number | undefined
    let title: string
    if (session % 5 === 0) {
      collection = 'pages'
      title = `Bench draft ${index + 1}.${session}`
      await record('editor', 'create draft (POST)', async () => {
        const answer = await send(agent, url(`/api/pages?depth=0&draft=true&locale=${locale}`), {
          method: 'POST',
          headers,
          body: JSON.stringify({ title, _status: 'draft' }),
        })
        if (answer.status === 201) id = (JSON.parse(answer.body) as { doc: { id: number } }).doc.id
        return answer
      })
    } else {
      collection = pick(
        editedCollections.filter((slug) => options.ids[slug].length > 0),
        next,
      )
      const chosen = pick(options.ids[collection], next)
      let original: unknown
      await record('editor', 'open draft (GET)', async () => {
        const answer = await send(agent, url(`/api/${collection}/${chosen}?depth=0&draft=true&locale=${locale}`), {
          headers,
        })
        if (answer.status === 200)
          original = (JSON.parse(answer.body) as Record<string, unknown>)[titleField[collection]!]
        return answer
      })
      id = chosen
      // A suffix an earlier save left is replaced, not added to.
      title =
        typeof original === 'string' && original !== ''
          ? original.replace(/ \(draft [\d.]+\)$/, '')
          : `Bench ${collection} ${chosen}`
    }
    if (id === undefined) {
      await pause()
      continue
    }
    for (let save = 1; save <= 3 && running(); save++) {
      await pause()
      if (!running()) break
      await record('editor', 'save draft (PATCH)', () =>
        send(agent, url(`/api/${collection}/${id}?${autosave}`), {
          method: 'PATCH',
          headers,
          body: JSON.stringify({
            [titleField[collection]!]: `${title} (draft ${index + 1}.${session}.${save})`,
            _status: 'draft',
          }),
        }),
      )
    }
    await pause()
  }
}
