import type { PayloadRequest } from 'payload'
import type { Label } from '../i18n/label'

/**
 * Our validation messages, in the admin languages. Payload merges them into its i18n under the
 * `custom` namespace, so a message follows the language the editor chose in the admin.
 */
const en = {
  slugFormat: 'Use lower-case letters, digits and single hyphens only, e.g. "{{example}}".',
  slugTaken: 'The slug "{{slug}}" is already used by another document in this language ({{locale}}).',
  urlInvalid: 'Enter a full web address starting with http:// or https://.',
  phoneInvalid: 'Enter a valid phone number, e.g. 050 433 1590 or +358 50 433 1590.',
  dateInFuture: 'This date cannot be in the future.',
  dateNotAfter: 'This date must be after the {{other}} ({{otherDate}}).',
  relationshipMissing: 'The related {{collection}} document "{{id}}" does not exist.',
  relationshipElsewhere: 'The related {{collection}} document "{{id}}" belongs to another organisation.',
  organisationHasContent: 'This organisation still owns documents ({{documents}}); move or delete them first.',
  focusAreaMissing: 'The action plan has no focus area with the key "{{key}}". Keys: {{keys}}.',
  targetValueRequired: 'A target value is needed unless the target is marked as not set yet.',
  baselineNeeded: 'A relative target needs a baseline: its value, or the reference level the plan names.',
  countryCode: 'Use a two-letter ISO 3166 country code, e.g. FI.',
  emailDomain: 'Write a domain such as hel.fi, without @.',
  translatorDefaultLocale: 'Translators edit translations only; switch to a language other than {{locale}}.',
  translatorField: 'Translators may change only translated texts; "{{field}}" is the same in every language.',
  translatorCreate: 'Translators cannot create or delete documents.',
  notANumber: 'Enter a number, e.g. 6 or 2.5.',
  parentCycle: 'A page cannot be placed under itself or under one of its own subpages.',
  notText: 'Enter text here, not {{value}}.',
  notRichText: 'Rich text is expected here (a Lexical document, {"root": …}), not {{value}}.',
  notAGroup: 'A group of fields is expected here (an object), not {{value}}.',
  notAList: 'A list is expected here, not {{value}}.',
  blockUnknown: 'There is no block type {{blockType}}. Block types: {{known}}.',
  redirectFromFormat: 'Write the old address as a path of this site, starting with its language, e.g. /fi/vanha-sivu/.',
  redirectToFormat:
    'Write the new address as a path of this site (e.g. /fi/uusi-sivu/) or a full web address starting with http:// or https://.',
  redirectFromTaken: 'The address {{from}} already has a redirect; edit that one instead.',
  redirectFromLive: 'The address {{from}} is a published page ({{document}}); a redirect from it would hide the page.',
  redirectToItself: 'A redirect cannot lead to its own address ({{from}}).',
  redirectLoop: 'This redirect would make a loop: {{chain}}.',
  localeUnknown: 'There is no language "{{locale}}" in {{entity}}. Languages: {{locales}}.',
}

export type ValidationMessage = keyof typeof en

const sv: Record<ValidationMessage, string> = {
  slugFormat: 'Använd endast små bokstäver, siffror och enkla bindestreck, t.ex. "{{example}}".',
  slugTaken: 'Sluggen "{{slug}}" används redan av ett annat dokument på detta språk ({{locale}}).',
  urlInvalid: 'Ange en fullständig webbadress som börjar med http:// eller https://.',
  phoneInvalid: 'Ange ett giltigt telefonnummer, t.ex. 050 433 1590 eller +358 50 433 1590.',
  dateInFuture: 'Datumet kan inte ligga i framtiden.',
  dateNotAfter: 'Datumet måste ligga efter {{other}} ({{otherDate}}).',
  relationshipMissing: 'Det relaterade dokumentet "{{id}}" i {{collection}} finns inte.',
  relationshipElsewhere: 'Det relaterade dokumentet "{{id}}" i {{collection}} hör till en annan organisation.',
  organisationHasContent: 'Organisationen äger fortfarande dokument ({{documents}}); flytta eller radera dem först.',
  focusAreaMissing: 'Handlingsplanen har inget fokusområde med nyckeln "{{key}}". Nycklar: {{keys}}.',
  targetValueRequired: 'Ett målvärde behövs om målet inte är markerat som ännu inte fastställt.',
  baselineNeeded: 'Ett relativt mål behöver en utgångsnivå: dess värde eller den referensnivå planen anger.',
  countryCode: 'Använd en landskod på två bokstäver enligt ISO 3166, t.ex. FI.',
  emailDomain: 'Skriv en domän som hel.fi, utan @.',
  translatorDefaultLocale: 'Översättare redigerar endast översättningar; byt till ett annat språk än {{locale}}.',
  translatorField: 'Översättare får endast ändra översatta texter; "{{field}}" är densamma på alla språk.',
  translatorCreate: 'Översättare kan inte skapa eller radera dokument.',
  notANumber: 'Ange ett tal, t.ex. 6 eller 2,5.',
  parentCycle: 'En sida kan inte placeras under sig själv eller under en av sina egna undersidor.',
  notText: 'Ange text här, inte {{value}}.',
  notRichText: 'Här förväntas formaterad text (ett Lexical-dokument, {"root": …}), inte {{value}}.',
  notAGroup: 'Här förväntas en grupp av fält (ett objekt), inte {{value}}.',
  notAList: 'Här förväntas en lista, inte {{value}}.',
  blockUnknown: 'Blocktypen {{blockType}} finns inte. Blocktyper: {{known}}.',
  redirectFromFormat:
    'Skriv den gamla adressen som en sökväg på webbplatsen med språket först, t.ex. /sv/gammal-sida/.',
  redirectToFormat:
    'Skriv den nya adressen som en sökväg på webbplatsen (t.ex. /sv/ny-sida/) eller en fullständig webbadress som börjar med http:// eller https://.',
  redirectFromTaken: 'Adressen {{from}} har redan en omdirigering; redigera den i stället.',
  redirectFromLive:
    'Adressen {{from}} är en publicerad sida ({{document}}); en omdirigering därifrån skulle dölja sidan.',
  redirectToItself: 'En omdirigering kan inte leda till sin egen adress ({{from}}).',
  redirectLoop: 'Omdirigeringen skulle bilda en slinga: {{chain}}.',
  localeUnknown: 'Språket "{{locale}}" finns inte i {{entity}}. Språk: {{locales}}.',
}

/** Finnish, the admin's default language (cms/src/i18n). */
const fi: Record<ValidationMessage, string> = {
  slugFormat: 'Käytä vain pieniä kirjaimia, numeroita ja yksittäisiä yhdysmerkkejä, esim. "{{example}}".',
  slugTaken: 'Polkutunnus "{{slug}}" on jo toisen dokumentin käytössä tällä kielellä ({{locale}}).',
  urlInvalid: 'Anna täydellinen verkko-osoite, joka alkaa http:// tai https://.',
  phoneInvalid: 'Anna kelvollinen puhelinnumero, esim. 050 433 1590 tai +358 50 433 1590.',
  dateInFuture: 'Päivämäärä ei voi olla tulevaisuudessa.',
  dateNotAfter: 'Päivämäärän on oltava myöhempi kuin {{other}} ({{otherDate}}).',
  relationshipMissing: 'Liitettyä dokumenttia "{{id}}" ei ole kokoelmassa {{collection}}.',
  relationshipElsewhere: 'Liitetty dokumentti "{{id}}" kokoelmassa {{collection}} kuuluu toiselle organisaatiolle.',
  organisationHasContent: 'Organisaatiolla on vielä dokumentteja ({{documents}}); siirrä tai poista ne ensin.',
  focusAreaMissing: 'Toimintasuunnitelmassa ei ole painopistettä avaimella "{{key}}". Avaimet: {{keys}}.',
  targetValueRequired: 'Tavoitearvo tarvitaan, ellei tavoitetta ole merkitty vielä asettamattomaksi.',
  baselineNeeded: 'Suhteellinen tavoite tarvitsee lähtötason: sen arvon tai suunnitelman nimeämän vertailutason.',
  countryCode: 'Käytä kaksikirjaimista ISO 3166 -maakoodia, esim. FI.',
  emailDomain: 'Kirjoita verkkotunnus, kuten hel.fi, ilman @-merkkiä.',
  translatorDefaultLocale: 'Kääntäjät muokkaavat vain käännöksiä; vaihda muuhun kieleen kuin {{locale}}.',
  translatorField: 'Kääntäjät voivat muuttaa vain käännettäviä tekstejä; "{{field}}" on sama kaikilla kielillä.',
  translatorCreate: 'Kääntäjät eivät voi luoda tai poistaa dokumentteja.',
  notANumber: 'Anna luku, esim. 6 tai 2,5.',
  parentCycle: 'Sivua ei voi sijoittaa itsensä tai oman alasivunsa alle.',
  notText: 'Kirjoita tähän tekstiä, ei {{value}}.',
  notRichText: 'Tähän kuuluu muotoiltu teksti (Lexical-dokumentti, {"root": …}), ei {{value}}.',
  notAGroup: 'Tähän kuuluu kenttäryhmä (objekti), ei {{value}}.',
  notAList: 'Tähän kuuluu luettelo, ei {{value}}.',
  blockUnknown: 'Lohkotyyppiä {{blockType}} ei ole. Lohkotyypit: {{known}}.',
  redirectFromFormat: 'Kirjoita vanha osoite sivuston polkuna kieli ensin, esim. /fi/vanha-sivu/.',
  redirectToFormat:
    'Kirjoita uusi osoite sivuston polkuna (esim. /fi/uusi-sivu/) tai täydellisenä verkko-osoitteena, joka alkaa http:// tai https://.',
  redirectFromTaken: 'Osoitteella {{from}} on jo uudelleenohjaus; muokkaa sitä.',
  redirectFromLive: 'Osoite {{from}} on julkaistu sivu ({{document}}); uudelleenohjaus siitä piilottaisi sivun.',
  redirectToItself: 'Uudelleenohjaus ei voi johtaa omaan osoitteeseensa ({{from}}).',
  redirectLoop: 'Uudelleenohjaus muodostaisi silmukan: {{chain}}.',
  localeUnknown: 'Kieltä "{{locale}}" ei ole kohteessa {{entity}}. Kielet: {{locales}}.',
}

export const validationTranslations = { en: { custom: en }, sv: { custom: sv }, fi: { custom: fi } }

/**
 * The message in the requesting user's admin language; in Finnish, the default admin language,
 * when there is no request language (a Local API call without `req`).
 */
export function message(
  req: Pick<PayloadRequest, 't'> | undefined,
  key: ValidationMessage,
  vars: Record<string, string | number> = {},
): string {
  if (req?.t) {
    const translated = (req.t as (key: string, vars?: Record<string, unknown>) => string)(`custom:${key}`, vars)
    if (translated && translated !== `custom:${key}`) return translated
  }
  return fi[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}

/** One of our texts in the request's admin language; Finnish (the default) for any other language. */
export function inLanguage(req: { i18n?: { language?: string } } | undefined, label: Label): string {
  const language = req?.i18n?.language
  return language === 'sv' || language === 'en' ? label[language] : label.fi
}
