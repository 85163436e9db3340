import type { Fact, WithheldFact } from '../fact'

/**
 * ../shared/seeds/002_19714851b67a664f.txt: the City of Helsinki's human-rights network for its
 * staff, in Swedish; its two image captions are in Finnish, so either language is accepted for them.
 */
export const source002: Fact[] = [
  {
    name: 'page "Nätverket för mänskliga rättigheter"',
    says: { sv: [{ heading: 'Nätverket för mänskliga rättigheter' }] },
  },
  {
    name: 'a voluntary network for human rights in the city',
    says: { sv: ['I staden finns ett frivillignätverk för mänskliga rättigheter', /frivillig\p{L}* nätverk/u] },
  },
  {
    name: "staff of the city's different service areas and municipal enterprises",
    says: { sv: ['anställda inom olika verksamhetsområden och affärsverk'] },
  },
  {
    name: 'together for a more equal Helsinki (Helsingfors)',
    says: { sv: ['ett mer jämställt och jämlikt Helsingfors'] },
  },
  {
    name: 'a city with more focus on human rights, representing all residents',
    says: { sv: [/stad med större fokus på mänskliga rättigheter, som representerar alla invånare/] },
  },
  {
    name: 'new solutions for equal treatment and equality across service boundaries',
    says: { sv: ['nya lösningar för tryggande av likabehandling och jämställdhet över verksamhetsgränser'] },
  },
  {
    name: "an interactive platform for the city's staff to prevent discrimination",
    says: { sv: [/interaktiv plattform för stadens anställda som vill förebygga diskriminering/] },
  },
  {
    name: 'dismantling differentiating structures in the city services',
    says: { sv: ['avveckla differentierande strukturer inom stadens tjänster'] },
  },
  {
    name: 'anyone on staff can take part: public health nurses to teachers, engineers to IT specialists, parking attendants to special researchers',
    says: { sv: [/från hälsovårdare till lärare, ingenjör till informatiker och parkeringsvakt till specialforskare/] },
  },
  {
    name: 'regular human-rights afternoons on different themes',
    says: { sv: [/regelbundet eftermiddagar för mänskliga rättigheter/] },
  },
  {
    name: 'smaller workshops for tools and plans',
    says: { sv: [/mindre workshops/] },
  },
  {
    name: "the network's Teams channel",
    says: { sv: [/Teams-kanal/] },
  },
  {
    name: 'principles for a safer space, followed at the events',
    says: { sv: [/principer för en tryggare miljö/] },
  },
  {
    name: 'call: "Kom med om att bygga en människorättsorienterad stad!"',
    says: { sv: ['Kom med om att bygga en människorättsorienterad stad'] },
  },
  {
    name: 'all city staff can join the network',
    says: { sv: ['Alla stadens anställda kan gå med i nätverket'] },
  },
  {
    name: 'membership brings no obligations',
    says: { sv: [/innebär inga förpliktelser/] },
  },
  {
    name: 'join with the work e-mail address: @hel.fi or @edu.hel.fi',
    says: { sv: [/@hel\.fi eller @edu\.hel\.fi/, /@edu\.hel\.fi eller @hel\.fi/] },
    // One address is at one of the domains: "at @hel.fi and @edu.hel.fi" asks for both.
    contradictions: [/adress (vid|på|i) @hel\.fi och @edu\.hel\.fi/, /adress (vid|på|i) @edu\.hel\.fi och @hel\.fi/],
  },
  { name: 'the join call to action "Ansluta sig!"', says: { sv: ['Ansluta sig'] } },
]

/** What the source holds that the site cannot carry: listed, so that leaving it out is a decision. */
export const withheld002: WithheldFact[] = [
  {
    name: 'photo: a man and two children playing with a sheep in Mustasaari (Korsholm)',
    reason: 'the source’s photos are not among the seed files',
  },
  {
    name: 'photo: young people sitting and talking in Tiedekulma (Think Corner)',
    reason: 'the source’s photos are not among the seed files',
  },
]
