/**
 * Texts of our own admin components, under the `union` namespace of Payload's i18n, so they follow
 * the admin language like Payload's own. In a client component:
 *   const { t } = useTranslation<UnionTranslations, UnionTranslationKey>()
 *   t('union:rebuildNow'); t('union:changesWaiting', { count })  // _one / _other by count
 * On the server (views, nav links): `unionT(i18n, 'union:siteBuilds')` or `req.t(...)`.
 * Add a key to all three languages; the type below makes a missing one an error.
 */
const en = {
  siteBuilds: 'Site builds',
  siteOf: 'Site of',
  liveBuild: 'Live build',
  noLiveBuildYet: 'none yet',
  building: 'building {{build}}',
  changesWaiting_one: '{{count}} change waiting',
  changesWaiting_other: '{{count}} changes waiting',
  rebuildNow: 'Rebuild now',
  build: 'Build',
  trigger: 'Trigger',
  started: 'Started',
  duration: 'Duration',
  pages: 'Pages',
  result: 'Result',
  live: 'live',
  manualTrigger: 'manual',
  andMore: '{{items}} and {{count}} more',
  siteBuildsForbidden: 'Only editors and admins see site builds.',
  notYourOrganisation: 'That organisation is not one of yours.',
  rebuildServiceDown: 'The rebuild service at {{url}} does not answer ({{reason}}).',
}

type UnionTexts = Record<keyof typeof en, string>

const sv: UnionTexts = {
  siteBuilds: 'Webbplatsbyggen',
  siteOf: 'Webbplats för',
  liveBuild: 'Publicerat bygge',
  noLiveBuildYet: 'inget ännu',
  building: 'bygger {{build}}',
  changesWaiting_one: '{{count}} ändring väntar',
  changesWaiting_other: '{{count}} ändringar väntar',
  rebuildNow: 'Bygg om nu',
  build: 'Bygge',
  trigger: 'Orsak',
  started: 'Startade',
  duration: 'Varaktighet',
  pages: 'Sidor',
  result: 'Resultat',
  live: 'publicerat',
  manualTrigger: 'manuellt',
  andMore: '{{items}} och {{count}} till',
  siteBuildsForbidden: 'Endast redaktörer och administratörer ser webbplatsbyggen.',
  notYourOrganisation: 'Den organisationen är inte en av dina.',
  rebuildServiceDown: 'Byggtjänsten på {{url}} svarar inte ({{reason}}).',
}

const fi: UnionTexts = {
  siteBuilds: 'Sivuston koonnit',
  siteOf: 'Sivusto:',
  liveBuild: 'Julkaistu koonti',
  noLiveBuildYet: 'ei vielä',
  building: 'koonti {{build}} käynnissä',
  changesWaiting_one: '{{count}} muutos odottaa',
  changesWaiting_other: '{{count}} muutosta odottaa',
  rebuildNow: 'Kokoa nyt',
  build: 'Koonti',
  trigger: 'Syy',
  started: 'Alkoi',
  duration: 'Kesto',
  pages: 'Sivuja',
  result: 'Tulos',
  live: 'julkaistu',
  manualTrigger: 'käsin',
  andMore: '{{items}} ja {{count}} muuta',
  siteBuildsForbidden: 'Vain toimittajat ja ylläpitäjät näkevät sivuston koonnit.',
  notYourOrganisation: 'Organisaatio ei ole yksi sinun organisaatioistasi.',
  rebuildServiceDown: 'Koontipalvelu osoitteessa {{url}} ei vastaa ({{reason}}).',
}

export const unionTranslations = { en: { union: en }, sv: { union: sv }, fi: { union: fi } }

export type UnionTranslations = { union: UnionTexts }
/** `union:changesWaiting` stands for its `_one` / `_other` forms, as in Payload's own keys. */
export type UnionTranslationKey =
  `union:${keyof typeof en extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K & string) : never}`

/** Translates one of our keys with a server-side i18n (a view's `req.i18n`, a nav link's `i18n`). */
export function unionT(
  i18n: { t: (key: never, vars?: Record<string, unknown>) => string },
  key: UnionTranslationKey,
  vars?: Record<string, unknown>,
): string {
  // Payload's t is typed by its own keys; ours are merged into the same tables at run time.
  return (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(key, vars)
}
