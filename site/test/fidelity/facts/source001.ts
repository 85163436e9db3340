import type { Fact, WithheldFact } from '../fact'

/**
 * ../shared/seeds/001_573529d5b745377a.txt: JHL's immigrant activities and its regional immigrant
 * networks, in English. Facts about one network have it as their subject: they count on the
 * network's own page, or in a block that names the network.
 */
const meetsEveryCoupleOfMonths = [/every (couple of|two) months/, /bimonthly/, /every other month/]

export const source001: Fact[] = [
  // The union and its members
  { name: 'JHL has 165,000 members', says: { en: [/165[,. ]?000 members/] } },
  {
    name: 'over 9,000 JHL members have a native language other than Finnish, Swedish or Sami',
    says: { en: [/(over|more than) 9[,. ]?000 JHL members[^\n]*native language/, /9[,. ]?000\+[^\n]*native language/] },
  },
  {
    name: 'native languages other than Finnish, Swedish or Sami',
    says: {
      en: [
        /other native language than Finnish, Swedish or S[aá]mi/,
        /native language other than Finnish, Swedish or S[aá]mi/,
      ],
    },
  },
  {
    name: 'members come from Estonia, Russia, Thailand, Somalia and Iraq',
    says: { en: ['Estonia, Russia, Thailand, Somalia and Iraq'] },
  },
  { name: "JHL's immigrant activities are diverse and expanding", says: { en: ['diverse and expanding'] } },
  {
    name: 'courses and events for members with an immigrant background, at regular intervals',
    says: { en: [/At regular intervals, we arrange courses and events/] },
  },
  { name: 'events in both Finnish and English', says: { en: ['events in both Finnish and English'] } },
  { name: 'JHL has six regional immigrant networks', says: { en: ['six regional immigrant networks'] } },
  {
    name: 'the networks make immigrant members better informed about working life and employee rights',
    says: { en: ['better informed about working life and employee rights'] },
  },
  {
    name: 'the networks are forums for discussing the trade union and working-life matters',
    says: {
      en: [/forums for discussing the trade union/, /peer network where people discuss current trade union matters/],
    },
  },
  {
    name: 'the networks activate members in their workplace, local branch and union',
    says: { en: ['activate members to participate in the activities of their workplace, local branch and union'] },
  },
  {
    name: "the networks cooperate with the union's local branches",
    says: { en: [/cooperates with the union'?s local branches/] },
  },
  {
    name: "the Facebook group of JHL's immigrant networks",
    says: { en: [/Facebook group of JHL'?s immigrant networks/] },
  },

  // KaMuT
  {
    name: "KaMuT is Southern Finland's network",
    subject: /\bKaMuT\b/,
    says: {
      en: [/Southern Finland'?s network KaMuT/, /^Region:?\nSouthern Finland$/, /Region: Southern Finland · KaMuT/],
    },
  },
  { name: 'KaMuT = Kaikki Mukaan Toimintaan', subject: /\bKaMuT\b/, says: { en: [/Kaikki Mukaan Toimintaan/] } },
  { name: 'KaMuT means "Everybody Get Involved"', subject: /\bKaMuT\b/, says: { en: [/Everybody Get Involved/] } },
  {
    name: "KaMuT has its own representative in the regional group of Southern Finland's regional office",
    subject: /\bKaMuT\b/,
    says: { en: [/representative in the regional group of (?:the )?Southern Finland(?:'?s)? regional office/] },
  },
  {
    name: 'KaMuT meets about once a month',
    subject: /\bKaMuT\b/,
    says: { en: [/about once a month/, /^Meets\n[^\n]*monthly/] },
  },

  // Jalla-Jalla!
  {
    name: "Jalla-Jalla! is Inner Finland's network",
    subject: /Jalla-Jalla/,
    says: { en: [/Inner Finland'?s Jalla-Jalla/, /^Region:?\nInner Finland$/, /Region: Inner Finland · Jalla-Jalla/] },
  },
  { name: 'Jalla-Jalla! means "Let\'s go!"', subject: /Jalla-Jalla/, says: { en: [/Let'?s go/] } },
  {
    name: 'Jalla-Jalla! founded in August 2021',
    subject: /Jalla-Jalla/,
    says: {
      en: [/Jalla-Jalla[^\n]*founded in August 2021/, /^Founded\nAugust 2021$/, /^Founded\n(0?8\/2021|2021-08)$/],
    },
  },
  {
    name: "Jalla-Jalla! is JHL's third immigrant network",
    subject: /Jalla-Jalla/,
    says: { en: ['third immigrant network'] },
  },
  {
    name: 'Jalla-Jalla! meets every couple of months',
    subject: /Jalla-Jalla/,
    says: { en: meetsEveryCoupleOfMonths },
  },

  // MeVe
  {
    name: "MeVe is Southwest Finland's network",
    subject: /\bMeVe\b/,
    says: {
      en: [
        /Southwest Finland'?s immigrant network MeVe/,
        /^Region:?\nSouthwest Finland$/,
        /Region: Southwest Finland · MeVe/,
      ],
    },
  },
  { name: 'MeVe = Meidän Verkosto', subject: /\bMeVe\b/, says: { en: [/Meidän Verkosto/] } },
  { name: 'MeVe means "Our Network"', subject: /\bMeVe\b/, says: { en: ['Our Network'] } },
  { name: 'MeVe meets every couple of months', subject: /\bMeVe\b/, says: { en: meetsEveryCoupleOfMonths } },

  // Southeast Finland
  {
    name: "Southeast Finland's immigrant network (region Southeast Finland)",
    says: { en: [/Southeast Finland'?s immigrant network/] },
  },
  {
    name: "Southeast Finland's network provides ways of making a difference in the trade union and society",
    subject: /Southeast Finland/,
    says: { en: ['ways of making a difference in the trade union and society'] },
  },

  // PoVer
  {
    name: "PoVer is Ostrobothnia's network",
    subject: /\bPoVer\b/,
    says: {
      en: [/Ostrobothnia'?s immigrant network PoVer/, /^Region:?\nOstrobothnia$/, /Region: Ostrobothnia · PoVer/],
    },
  },

  // Eastern Finland
  {
    name: "Eastern Finland's immigrant network (region Eastern Finland)",
    says: { en: [/Eastern Finland'?s immigrant network/] },
  },

  // OuVer
  {
    name: 'OuVer is the Oulu area network',
    subject: /\bOuVer\b/,
    says: { en: [/Oulu area immigrant network OuVer/, /^Region:?\nOulu area$/, /Region: Oulu area · OuVer/] },
  },
  {
    name: 'OuVer is for immigrant members in Northern Ostrobothnia',
    subject: /\bOuVer\b/,
    says: { en: ['Northern Ostrobothnia'] },
  },
  {
    name: 'OuVer founded in January 2024',
    subject: /\bOuVer\b/,
    says: { en: [/OuVer[^\n]*founded in January 2024/, /^Founded\nJanuary 2024$/, /^Founded\n(0?1\/2024|2024-01)$/] },
  },
  {
    name: 'David Delahunty is a chair of OuVer',
    subject: /\bOuVer\b/,
    says: { en: [/David Delahunty and Natalia Lomp are the chairs/, /^David Delahunty, Chair$/] },
  },
  {
    name: 'Natalia Lomp is a chair of OuVer',
    subject: /\bOuVer\b/,
    says: { en: [/David Delahunty and Natalia Lomp are the chairs/, /^Natalia Lomp, Chair$/] },
  },
  {
    name: 'OuVer has its own representative in the regional group of the Oulu area regional office',
    subject: /\bOuVer\b/,
    says: { en: ['representative in the regional group of the Oulu area regional office'] },
  },
  { name: 'OuVer meets every couple of months', subject: /\bOuVer\b/, says: { en: meetsEveryCoupleOfMonths } },

  // Channels
  {
    name: "the Facebook page Trade Union JHL is JHL's official English-speaking channel",
    says: { en: [/Trade Union JHL[^\n]*official English-speaking social media channel/] },
  },
  { name: "SAK's website Fair Play at Work", says: { en: [/SAK[^\n]*Fair Play at Work/] } },
  {
    name: 'Fair Play at Work gives working-life information in 23 languages',
    subject: /Fair Play at Work/,
    says: { en: [/working life information in 23 languages/, /\b23 languages/] },
  },
  { name: 'JHL is a member organisation of SAK', says: { en: [/JHL is a member (organi[sz]ation )?of SAK/] } },
]

/** Contacts are personal data (../shared/seeds/README.md): the site shows them only when marked publishable. */
const contactPerson = 'a contact person, personal data, shown only when the contact is marked publishable'

/**
 * Sentences that introduce a contact person appear only when a publishable contact follows them
 * (issue 11); otherwise the page offers the organisation's public contact channel instead.
 */
const leadsToContact =
  'a sentence that introduces a contact; the site shows it only when a publishable contact follows, and offers the organisation’s public contact channel instead'

export const withheld001: WithheldFact[] = [
  { name: "Southeast Finland's network is joined by e-mail to the regional office", reason: leadsToContact },
  { name: "Eastern Finland's network is joined by sending a message to its contact persons", reason: leadsToContact },
  { name: 'questions to the specialists in charge of immigrant activities', reason: leadsToContact },
  {
    name: 'the website can be switched to Finnish or Swedish in the language menu',
    reason:
      'a statement about JHL’s own website; false for this site, whose immigrant-activities page has no Finnish or Swedish version',
  },
  {
    name: "photo: members of Eastern Finland's immigrant network",
    reason: 'the source’s photos are not among the seed files; a caption without its photo would describe nothing',
  },
  { name: 'Isto Mäkelä is the contact of Jalla-Jalla!', reason: contactPerson },
  { name: 'phone 050 433 1590 (Isto Mäkelä)', reason: contactPerson },
  { name: "Toni Sorsa is a contact of Eastern Finland's immigrant network", reason: contactPerson },
  { name: "Marja Karmala is a contact of Eastern Finland's immigrant network", reason: contactPerson },
]
