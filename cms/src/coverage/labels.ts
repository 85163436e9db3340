import type { CoverageState } from '@union/shared/coverage'
import type { Words } from '../adminWords'

/** The coverage view's words in each admin language (Payload per-language label objects). */
export const coverageLabels = {
  title: { fi: 'Käännösten kattavuus', sv: 'Översättningarnas täckning', en: 'Translation coverage' },
  intro: {
    fi: 'Julkaistut dokumentit sivuston kielillä, samoin laskettuna kuin sivuston koonti.',
    sv: 'De publicerade dokumenten på webbplatsens språk, räknade som webbplatsbygget räknar dem.',
    en: "The published documents in the site's languages, counted as the site build counts them.",
  },
  organisation: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
  noOrganisation: {
    fi: 'Valitse organisaatio nähdäksesi sen sivuston käännökset.',
    sv: 'Välj en organisation för att se översättningarna på dess webbplats.',
    en: "Choose an organisation to see its site's translations.",
  },
  collection: { fi: 'Kokoelma', sv: 'Samling', en: 'Collection' },
  locale: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  all: { fi: 'Kaikki', sv: 'Alla', en: 'All' },
  show: { fi: 'Näytä', sv: 'Visa', en: 'Show' },
  document: { fi: 'Dokumentti', sv: 'Dokument', en: 'Document' },
  total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  none: { fi: 'Ei julkaistuja dokumentteja.', sv: 'Inga publicerade dokument.', en: 'No published documents.' },
  openView: { fi: 'Avaa kattavuusnäkymä', sv: 'Öppna täckningsvyn', en: 'Open the coverage view' },
  countsKey: {
    fi: 'käännetty / varakieli / puuttuu',
    sv: 'översatt / reservspråk / saknas',
    en: 'translated / falling back / missing',
  },
} as const satisfies Record<string, Words>

/** Each state's name, and why it is what it is. */
export const stateLabels: Record<CoverageState, Words> = {
  translated: { fi: 'Käännetty', sv: 'Översatt', en: 'Translated' },
  fallingBack: { fi: 'Varakielellä', sv: 'Reservspråk', en: 'Falling back' },
  missing: { fi: 'Puuttuu', sv: 'Saknas', en: 'Missing' },
}

/** A mark readable without colour. */
export const stateMarks: Record<CoverageState, string> = { translated: '✓', fallingBack: '↩', missing: '✗' }
