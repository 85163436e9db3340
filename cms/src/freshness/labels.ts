import type { Words } from '../adminWords'
import type { DueReason } from './dueDocuments'

/** The freshness lists' and reminder mail's words in each admin language. */
export const freshnessLabels = {
  title: { fi: 'Tarkistettavat', sv: 'Att granska', en: 'Due for review' },
  overdue: { fi: 'Myöhässä', sv: 'Försenade', en: 'Overdue' },
  dueSoon: { fi: 'Erääntyy 30 päivän kuluessa', sv: 'Förfaller inom 30 dagar', en: 'Due within 30 days' },
  nothing: { fi: 'Ei mitään.', sv: 'Inget.', en: 'Nothing.' },
  mailSubject: {
    fi: 'Tarkistettavat sisällöt',
    sv: 'Innehåll att granska',
    en: 'Content due for review',
  },
  mailIntro: {
    fi: 'Nämä sisällöt, joista vastaat, on tarkistettava:',
    sv: 'Detta innehåll som du ansvarar för behöver granskas:',
    en: 'These documents you are responsible for need a review:',
  },
} as const satisfies Record<string, Words>

export const reasonLabels: Record<DueReason, Words> = {
  reviewDue: { fi: 'tarkistus', sv: 'granskning', en: 'review' },
  termEnd: { fi: 'toimikausi päättyy', sv: 'mandatperioden slutar', en: 'term ends' },
}
