import type { ActionPlanTarget } from '@union/cms/payload-types'
import { richTextFromBlocks } from '@union/shared/richText/fromText'
import { slugify } from '@union/shared/slugs'
import { type ActionPlanText, readActionPlan } from './actionPlanText'
import { bySlug, ensureDocument, type ID, type SeedContext } from './documents'
import { expectText, sentences } from './sourceText'

/** Source 003 (Finnish): Teollisuusliitto's action plan for 2020 and its measurable targets. */

// The foreword's "vuoden 2020 painopisteet": the plan covers the year 2020, no months named.
const title = 'Teollisuusliiton toimintasuunnitelma 2020'
const period = { periodStart: '2020-01-01', periodEnd: '2020-12-31', periodPrecision: 'year' as const }

/** Stable keys for the focus areas, in the order the foreword lists them; targets refer to them. */
const focusAreaKeys = ['organising', 'staff-competence', 'collective-bargaining']

/** "… tavoitteet, jotka aiomme saavuttaa liittokokouskauden loppuun eli vuoteen 2023 mennessä": by 2023. */
const deadline = { deadline: '2023-12-31', deadlinePrecision: 'year' as const }

type TargetSpec = {
  /** Which statement of the organising focus area the target is. */
  statement: RegExp
  /** The metric's name when the statement is a whole paragraph, not a bullet. */
  metric?: string
  /** The level the statement measures from ("vuoden 2019 lopun tasosta"), named as the baseline. */
  reference?: RegExp
  data: Pick<ActionPlanTarget, 'unit' | 'direction' | 'baseline' | 'target'>
}

/**
 * Baseline values are not published: a baseline is the level the statement names ("the end-2019
 * level"), or nothing where it names none. No measurements exist yet.
 */
const targetSpecs: TargetSpec[] = [
  {
    // "työmarkkinoiden käytössä olevien jäsentemme määrä nousee 6 prosenttia vuoden 2019 lopun tasosta"
    statement: /jäsentemme määrä nousee (\d+) prosenttia/,
    reference: /(vuoden 2019 lopun) tasosta/,
    data: {
      unit: 'count',
      direction: 'increase',
      baseline: { date: '2019-12-31' },
      target: { kind: 'relative-percent', ...deadline },
    },
  },
  {
    // "50 prosenttia aloillamme aloittavista opiskelijoista liittyy Teollisuusliiton opiskelijajäseneksi"
    statement: /^(\d+) prosenttia .*opiskelijoista liittyy/,
    data: { unit: 'percent', direction: 'increase', baseline: {}, target: { kind: 'absolute', ...deadline } },
  },
  {
    // "pääluottamusmiesten ja työsuojeluvaltuutettujen määrä nousee 10 prosenttia vuoden 2018 tasosta"
    statement: /työsuojeluvaltuutettujen määrä nousee (\d+) prosenttia vuoden 2018 tasosta/,
    reference: /(vuoden 2018) tasosta/,
    data: {
      unit: 'count',
      direction: 'increase',
      baseline: { date: '2018-12-31' },
      target: { kind: 'relative-percent', ...deadline },
    },
  },
  {
    // "Lisäksi alamme mitata jäsenpalvelumme laatua vuoden 2020 aikana. Myöhemmin asetamme tavoitteet …"
    statement: /mitata jäsenpalvelumme laatua/,
    metric: 'Jäsenpalvelumme laatu',
    data: { unit: 'score', direction: 'increase', baseline: {}, target: { kind: 'not-set' } },
  },
]

export async function seedActionPlan(ctx: SeedContext, dir?: string): Promise<void> {
  const text = readActionPlan(dir)
  if (text.focusAreas.length !== focusAreaKeys.length)
    throw new Error(`Source 003: expected ${focusAreaKeys.length} focus areas`)
  const slug = slugify(title)
  const plan = await ensureDocument(ctx, {
    collection: 'action-plans',
    label: title,
    lookups: [bySlug('fi', slug)],
    shared: { organisation: text.organisation, ...period, forewordAuthor: text.author },
    texts: [
      [
        'fi',
        {
          title,
          slug,
          summary: summaryOf(text.foreword),
          foreword: richTextFromBlocks(text.foreword),
          forewordAuthorRole: text.authorRole,
          focusAreas: text.focusAreas.map((area, index) => ({
            key: focusAreaKeys[index],
            title: text.focusAreaTitles[index],
            summary: richTextFromBlocks(area.summary),
            actions: area.actions.map((action) => ({
              title: action.title,
              description: richTextFromBlocks(action.description),
            })),
          })),
          otherEmphases: {
            title: text.otherEmphases.title,
            content: richTextFromBlocks(text.otherEmphases.content),
          },
        },
      ],
    ],
  })
  const organising = text.focusAreas[0]
  const statements = (organising?.summary ?? []).flatMap((block) =>
    block.kind === 'list' ? block.items : block.kind === 'paragraph' ? [block.text] : [],
  )
  for (const spec of targetSpecs) await ensureTarget(ctx, plan.id, spec, statements)
}

async function ensureTarget(ctx: SeedContext, plan: ID, spec: TargetSpec, statements: string[]): Promise<void> {
  const statement = statements.find((candidate) => spec.statement.test(candidate)) ?? ''
  const value = expectText(statement, spec.statement, `the target ${spec.statement}`)[1]
  const metric = spec.metric ?? statement.charAt(0).toLocaleUpperCase('fi') + statement.slice(1)
  // "vuoden 2019 lopun tasosta" (from the end-2019 level) names the baseline "vuoden 2019 lopun taso".
  const reference = spec.reference && `${expectText(statement, spec.reference, `the baseline of ${metric}`)[1]} taso`
  await ensureDocument(ctx, {
    collection: 'action-plan-targets',
    label: metric,
    lookups: [{ locale: 'fi', where: { and: [{ plan: { equals: plan } }, { metric: { equals: metric } }] } }],
    shared: {
      plan,
      focusArea: 'organising',
      ...spec.data,
      target: { ...spec.data.target, ...(value ? { value: Number(value) } : {}) },
    },
    texts: [
      [
        'fi',
        {
          metric,
          ...(spec.metric ? { description: statement } : {}),
          ...(reference ? { baseline: { ...spec.data.baseline, reference } } : {}),
        },
      ],
    ],
  })
}

/** The foreword's first sentence says what the plan is for: "… toimintasuunnitelma vahvistaa liiton strategian toteutumista." */
function summaryOf(foreword: ActionPlanText['foreword']): string {
  const first = foreword.find((block) => block.kind === 'paragraph')
  const sentence = first?.kind === 'paragraph' ? sentences(first.text)[0] : undefined
  if (!sentence) throw new Error('Source 003: the foreword has no opening sentence')
  return sentence
}
