/**
 * Every text of the Site builds view and its endpoints, in the admin languages, under the
 * `siteBuilds` namespace of Payload's i18n (`t('siteBuilds:rollBack')`), so each follows the
 * language the user chose in the admin. Keys ending `_one`/`_other` are Payload's plurals ({{count}}).
 */
const en = {
  title: 'Site builds',
  navLink: 'Site builds',
  siteOf: 'Site of {{organisation}}',
  liveBuild: 'Live build:',
  noneYet: 'none yet',
  buildingNow: 'the site is being built',
  changesWaiting_one: '1 change waiting',
  changesWaiting_other: '{{count}} changes waiting',
  waitingHeading: 'Waiting for the next build',
  nextBuildAt: 'The next build starts at {{time}}.',
  rebuildNow: 'Rebuild now',
  buildsHeading: 'Recent builds',
  noBuilds: 'No build yet.',
  columnStarted: 'Started',
  columnChanges: 'What changed',
  columnPublishedBy: 'Published by',
  columnPages: 'Changed pages',
  columnResult: 'Result',
  result_building: 'Building…',
  result_succeeded: 'Succeeded',
  result_failed: 'Failed',
  live: 'live',
  duration: '{{seconds}} s',
  type_publish: 'Published',
  type_unpublish: 'Unpublished',
  type_delete: 'Deleted',
  manualRebuild: 'Rebuild of the whole site',
  scheduled: 'scheduled',
  noPublisher: 'the system',
  untitled: 'untitled (id {{id}})',
  siteSettings: 'site settings',
  allPages: 'all pages',
  noPages: 'none',
  moreChanges_one: 'and 1 more change',
  moreChanges_other: 'and {{count}} more changes',
  morePages_one: 'and 1 more page',
  morePages_other: 'and {{count}} more pages',
  rollBack: 'Roll back to this build',
  rollBackConfirm: 'Put the site of {{time}} back on the public site? The next publish replaces it again.',
  rolledBack: 'The public site is now the build of {{time}}.',
  failedContract_one:
    'The site could not be built because the content of {{document}} does not fit the site: {{problem}}.',
  failedContract_other:
    'The site could not be built because the content of {{count}} documents does not fit the site, among them {{document}}: {{problem}}.',
  contractProblem: 'the field "{{field}}" in {{locale}} is not valid ({{reason}})',
  failedCms: 'The site could not be built because the CMS did not answer the build.',
  failedUnexpected: 'The site could not be built because of an unexpected error.',
  liveUnchanged: 'The public site was left as it was.',
  details: 'Technical details',
  onlyEditors: 'Only editors and admins see site builds.',
  onlyAdminsRollBack: 'Only admins can roll the site back to an earlier build.',
  notYourOrganisation: 'That organisation is not one of yours.',
  serviceDown: 'The rebuild service at {{url}} does not answer ({{reason}}).',
  statusUnreadable: 'The rebuild service answered in a form this admin does not understand: {{problem}}',
}

export type SiteBuildsKey = keyof typeof en

const fi: Record<SiteBuildsKey, string> = {
  title: 'Sivuston päivitykset',
  navLink: 'Sivuston päivitykset',
  siteOf: 'Sivusto: {{organisation}}',
  liveBuild: 'Julkaistu versio:',
  noneYet: 'ei vielä',
  buildingNow: 'sivustoa päivitetään parhaillaan',
  changesWaiting_one: '1 muutos odottaa',
  changesWaiting_other: '{{count}} muutosta odottaa',
  waitingHeading: 'Odottaa seuraavaa päivitystä',
  nextBuildAt: 'Seuraava päivitys alkaa klo {{time}}.',
  rebuildNow: 'Päivitä sivusto nyt',
  buildsHeading: 'Viimeisimmät päivitykset',
  noBuilds: 'Ei vielä päivityksiä.',
  columnStarted: 'Alkoi',
  columnChanges: 'Mikä muuttui',
  columnPublishedBy: 'Julkaisija',
  columnPages: 'Muuttuneet sivut',
  columnResult: 'Tulos',
  result_building: 'Käynnissä…',
  result_succeeded: 'Onnistui',
  result_failed: 'Epäonnistui',
  live: 'julkaistu',
  duration: '{{seconds}} s',
  type_publish: 'Julkaistu',
  type_unpublish: 'Julkaisu peruttu',
  type_delete: 'Poistettu',
  manualRebuild: 'Koko sivuston päivitys',
  scheduled: 'ajastettu',
  noPublisher: 'järjestelmä',
  untitled: 'nimetön (id {{id}})',
  siteSettings: 'sivuston asetukset',
  allPages: 'kaikki sivut',
  noPages: 'ei yhtään',
  moreChanges_one: 'ja 1 muu muutos',
  moreChanges_other: 'ja {{count}} muuta muutosta',
  morePages_one: 'ja 1 muu sivu',
  morePages_other: 'ja {{count}} muuta sivua',
  rollBack: 'Palauta tämä versio',
  rollBackConfirm: 'Palautetaanko julkiselle sivustolle versio ajalta {{time}}? Seuraava julkaisu korvaa sen taas.',
  rolledBack: 'Julkisella sivustolla on nyt versio ajalta {{time}}.',
  failedContract_one: 'Sivustoa ei voitu päivittää, koska sisältö {{document}} ei sovi sivustolle: {{problem}}.',
  failedContract_other:
    'Sivustoa ei voitu päivittää, koska {{count}} sisällön tiedot eivät sovi sivustolle, muun muassa {{document}}: {{problem}}.',
  contractProblem: 'kenttä "{{field}}" kielellä {{locale}} ei kelpaa ({{reason}})',
  failedCms: 'Sivustoa ei voitu päivittää, koska julkaisujärjestelmä ei vastannut.',
  failedUnexpected: 'Sivustoa ei voitu päivittää odottamattoman virheen vuoksi.',
  liveUnchanged: 'Julkinen sivusto jäi ennalleen.',
  details: 'Tekniset tiedot',
  onlyEditors: 'Vain toimittajat ja ylläpitäjät näkevät sivuston päivitykset.',
  onlyAdminsRollBack: 'Vain ylläpitäjät voivat palauttaa sivuston aiempaan versioon.',
  notYourOrganisation: 'Tämä organisaatio ei ole sinun.',
  serviceDown: 'Päivityspalvelu osoitteessa {{url}} ei vastaa ({{reason}}).',
  statusUnreadable: 'Päivityspalvelun vastaus on muodossa, jota tämä hallintapaneeli ei ymmärrä: {{problem}}',
}

const sv: Record<SiteBuildsKey, string> = {
  title: 'Webbplatsens uppdateringar',
  navLink: 'Webbplatsens uppdateringar',
  siteOf: 'Webbplats: {{organisation}}',
  liveBuild: 'Publicerad version:',
  noneYet: 'ingen ännu',
  buildingNow: 'webbplatsen uppdateras just nu',
  changesWaiting_one: '1 ändring väntar',
  changesWaiting_other: '{{count}} ändringar väntar',
  waitingHeading: 'Väntar på nästa uppdatering',
  nextBuildAt: 'Nästa uppdatering börjar kl. {{time}}.',
  rebuildNow: 'Uppdatera webbplatsen nu',
  buildsHeading: 'Senaste uppdateringar',
  noBuilds: 'Inga uppdateringar ännu.',
  columnStarted: 'Började',
  columnChanges: 'Vad ändrades',
  columnPublishedBy: 'Publicerad av',
  columnPages: 'Ändrade sidor',
  columnResult: 'Resultat',
  result_building: 'Pågår…',
  result_succeeded: 'Lyckades',
  result_failed: 'Misslyckades',
  live: 'publicerad',
  duration: '{{seconds}} s',
  type_publish: 'Publicerad',
  type_unpublish: 'Avpublicerad',
  type_delete: 'Raderad',
  manualRebuild: 'Uppdatering av hela webbplatsen',
  scheduled: 'schemalagd',
  noPublisher: 'systemet',
  untitled: 'namnlös (id {{id}})',
  siteSettings: 'webbplatsens inställningar',
  allPages: 'alla sidor',
  noPages: 'inga',
  moreChanges_one: 'och 1 ändring till',
  moreChanges_other: 'och {{count}} ändringar till',
  morePages_one: 'och 1 sida till',
  morePages_other: 'och {{count}} sidor till',
  rollBack: 'Återställ den här versionen',
  rollBackConfirm:
    'Sätta tillbaka versionen från {{time}} på den publika webbplatsen? Nästa publicering ersätter den igen.',
  rolledBack: 'Den publika webbplatsen är nu versionen från {{time}}.',
  failedContract_one:
    'Webbplatsen kunde inte uppdateras eftersom innehållet i {{document}} inte passar webbplatsen: {{problem}}.',
  failedContract_other:
    'Webbplatsen kunde inte uppdateras eftersom innehållet i {{count}} dokument inte passar webbplatsen, bland dem {{document}}: {{problem}}.',
  contractProblem: 'fältet "{{field}}" på {{locale}} är inte giltigt ({{reason}})',
  failedCms: 'Webbplatsen kunde inte uppdateras eftersom CMS:et inte svarade.',
  failedUnexpected: 'Webbplatsen kunde inte uppdateras på grund av ett oväntat fel.',
  liveUnchanged: 'Den publika webbplatsen lämnades som den var.',
  details: 'Tekniska detaljer',
  onlyEditors: 'Endast redaktörer och administratörer ser webbplatsens uppdateringar.',
  onlyAdminsRollBack: 'Endast administratörer kan återställa webbplatsen till en tidigare version.',
  notYourOrganisation: 'Den organisationen är inte din.',
  serviceDown: 'Uppdateringstjänsten på {{url}} svarar inte ({{reason}}).',
  statusUnreadable: 'Uppdateringstjänsten svarade i en form som den här adminpanelen inte förstår: {{problem}}',
}

export const siteBuildsTranslations = { en: { siteBuilds: en }, fi: { siteBuilds: fi }, sv: { siteBuilds: sv } }

/** A namespaced key, as Payload's `t` takes it. */
export type SiteBuildsTranslationKey = `siteBuilds:${SiteBuildsKey}`

/** The plural keys (`changesWaiting_one`) are asked for without their suffix, with a count. */
export type SiteBuildsT = (
  key: SiteBuildsTranslationKey | `siteBuilds:${'changesWaiting' | 'moreChanges' | 'morePages' | 'failedContract'}`,
  vars?: Record<string, unknown>,
) => string

/** Adds these texts to the admin's other custom translations, language by language. */
export function withSiteBuildsTranslations<Custom extends Record<'en' | 'fi' | 'sv', object>>(custom: Custom) {
  return {
    ...custom,
    en: { ...custom.en, ...siteBuildsTranslations.en },
    fi: { ...custom.fi, ...siteBuildsTranslations.fi },
    sv: { ...custom.sv, ...siteBuildsTranslations.sv },
  }
}

/**
 * Payload's `t` (the request's or useTranslation's) for these keys, falling back to English in an
 * admin language that has no text of ours (Payload merges custom texts of the chosen language only).
 */
export function siteBuildsT(t: (key: never, vars?: Record<string, unknown>) => string): SiteBuildsT {
  const translate = t as (key: string, vars?: Record<string, unknown>) => string
  return (key, vars = {}) => {
    const translated = translate(key, vars)
    if (translated && translated !== key && !translated.startsWith('siteBuilds:')) return translated
    const name = key.slice('siteBuilds:'.length)
    const count = typeof vars.count === 'number' ? vars.count : undefined
    const english = en as Record<string, string>
    const text =
      english[count === undefined ? name : `${name}_${count === 1 ? 'one' : 'other'}`] ?? english[name] ?? key
    return text.replace(/\{\{(\w+)\}\}/g, (_, variable: string) => String(vars[variable] ?? ''))
  }
}
