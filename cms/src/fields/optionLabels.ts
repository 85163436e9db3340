import type {
  DatePrecision,
  datePrecisions,
  MeetingFrequency,
  partnerKinds,
  partnerRelationships,
  partnerScopes,
  partnerStatuses,
  socialPlatforms,
  TargetDirection,
  TargetKind,
  TargetStatus,
  targetUnits,
} from '@union/shared/vocabulary'
import type { Label } from '../i18n/label'

/** The admin's labels of the shared vocabularies' values (the site has its own, per site locale). */
export const meetingFrequencyLabels: Record<MeetingFrequency, Label> = {
  weekly: { fi: 'Viikoittain', sv: 'Varje vecka', en: 'Weekly' },
  monthly: { fi: 'Kuukausittain', sv: 'Varje månad', en: 'Monthly' },
  bimonthly: { fi: 'Joka toinen kuukausi', sv: 'Varannan månad', en: 'Every other month' },
  quarterly: { fi: 'Neljännesvuosittain', sv: 'Varje kvartal', en: 'Quarterly' },
  'twice-a-year': { fi: 'Kahdesti vuodessa', sv: 'Två gånger om året', en: 'Twice a year' },
  irregular: { fi: 'Epäsäännöllisesti', sv: 'Oregelbundet', en: 'Irregularly' },
}

export const socialPlatformLabels: Record<(typeof socialPlatforms)[number], Label> = {
  facebook: { fi: 'Facebook', sv: 'Facebook', en: 'Facebook' },
  instagram: { fi: 'Instagram', sv: 'Instagram', en: 'Instagram' },
  linkedin: { fi: 'LinkedIn', sv: 'LinkedIn', en: 'LinkedIn' },
  x: { fi: 'X', sv: 'X', en: 'X' },
  youtube: { fi: 'YouTube', sv: 'YouTube', en: 'YouTube' },
  tiktok: { fi: 'TikTok', sv: 'TikTok', en: 'TikTok' },
  whatsapp: { fi: 'WhatsApp', sv: 'WhatsApp', en: 'WhatsApp' },
  telegram: { fi: 'Telegram', sv: 'Telegram', en: 'Telegram' },
  website: { fi: 'Verkkosivusto', sv: 'Webbplats', en: 'Website' },
}

export const partnerKindLabels: Record<(typeof partnerKinds)[number], Label> = {
  confederation: { fi: 'Keskusjärjestö', sv: 'Centralorganisation', en: 'Confederation' },
  federation: { fi: 'Liittojen liitto', sv: 'Förbundsfederation', en: 'Federation' },
  union: { fi: 'Ammattiliitto', sv: 'Fackförbund', en: 'Union' },
  ngo: { fi: 'Kansalaisjärjestö', sv: 'Frivilligorganisation', en: 'NGO' },
  'intergovernmental-organisation': {
    fi: 'Hallitustenvälinen järjestö',
    sv: 'Mellanstatlig organisation',
    en: 'Intergovernmental organisation',
  },
  foundation: { fi: 'Säätiö', sv: 'Stiftelse', en: 'Foundation' },
  'government-agency': { fi: 'Viranomainen', sv: 'Myndighet', en: 'Government agency' },
  city: { fi: 'Kaupunki', sv: 'Stad', en: 'City' },
  'representation-office': { fi: 'Edustusto', sv: 'Representationskontor', en: 'Representation office' },
}

export const partnerScopeLabels: Record<(typeof partnerScopes)[number], Label> = {
  nordic: { fi: 'Pohjoismainen', sv: 'Nordisk', en: 'Nordic' },
  european: { fi: 'Eurooppalainen', sv: 'Europeisk', en: 'European' },
  global: { fi: 'Maailmanlaajuinen', sv: 'Global', en: 'Global' },
  national: { fi: 'Kansallinen', sv: 'Nationell', en: 'National' },
  regional: { fi: 'Alueellinen', sv: 'Regional', en: 'Regional' },
}

export const partnerRelationshipLabels: Record<(typeof partnerRelationships)[number], Label> = {
  'member-of': { fi: 'Jäsenenä', sv: 'Medlem i', en: 'Member of' },
  cooperation: { fi: 'Yhteistyö', sv: 'Samarbete', en: 'Cooperation' },
  support: { fi: 'Tuki', sv: 'Stöd', en: 'Support' },
  funding: { fi: 'Rahoitus', sv: 'Finansiering', en: 'Funding' },
  follows: { fi: 'Seuraa toimintaa', sv: 'Följer verksamheten', en: 'Follows' },
}

export const partnerStatusLabels: Record<(typeof partnerStatuses)[number], Label> = {
  active: { fi: 'Voimassa', sv: 'Aktivt', en: 'Active' },
  sought: { fi: 'Haetaan', sv: 'Sökes', en: 'Sought' },
  past: { fi: 'Päättynyt', sv: 'Tidigare', en: 'Past' },
}

export const targetUnitLabels: Record<(typeof targetUnits)[number], Label> = {
  percent: { fi: 'Prosenttia', sv: 'Procent', en: 'Percent' },
  count: { fi: 'Lukumäärä', sv: 'Antal', en: 'Count' },
  score: { fi: 'Pisteet', sv: 'Poäng', en: 'Score' },
}

export const targetKindLabels: Record<TargetKind, Label> = {
  absolute: { fi: 'Tavoitearvo', sv: 'Absolut målvärde', en: 'Absolute' },
  'relative-percent': {
    fi: 'Muutos lähtötasosta (%)',
    sv: 'Förändring från utgångsnivån (%)',
    en: 'Change from the baseline (%)',
  },
  'not-set': { fi: 'Ei vielä asetettu', sv: 'Inte fastställt ännu', en: 'Not set yet' },
}

export const targetDirectionLabels: Record<TargetDirection, Label> = {
  increase: { fi: 'Kasvu', sv: 'Ökning', en: 'Increase' },
  decrease: { fi: 'Lasku', sv: 'Minskning', en: 'Decrease' },
}

export const targetStatusLabels: Record<TargetStatus, Label> = {
  'on-track': { fi: 'Etenee aikataulussa', sv: 'Enligt plan', en: 'On track' },
  'at-risk': { fi: 'Vaarassa jäädä', sv: 'I riskzonen', en: 'At risk' },
  achieved: { fi: 'Saavutettu', sv: 'Uppnått', en: 'Achieved' },
  missed: { fi: 'Ei saavutettu', sv: 'Inte uppnått', en: 'Missed' },
  'not-measured': { fi: 'Ei vielä mitattu', sv: 'Inte mätt ännu', en: 'Not measured yet' },
  'not-set': { fi: 'Tavoitetasoa ei vielä asetettu', sv: 'Målnivån inte fastställd', en: 'Target level not set' },
}

export const datePrecisionLabels: Record<(typeof datePrecisions)[number] & DatePrecision, Label> = {
  year: { fi: 'Vuosi', sv: 'År', en: 'Year' },
  month: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' },
  day: { fi: 'Päivä', sv: 'Dag', en: 'Day' },
}
