import type { Fact } from '../fact'

/**
 * ../shared/seeds/000_af36e42eaf8570c6.txt: "Kansainvälinen toiminta" / "International activities"
 * of Helsingin yhteisjärjestö JHL ry, in Finnish and then in English. A fact is in both languages
 * where both halves say it, in one where only that half does.
 */
export const source000: Fact[] = [
  {
    name: 'page "Kansainvälinen toiminta" / "International activities"',
    says: { fi: [{ heading: 'Kansainvälinen toiminta' }], en: [{ heading: 'International activities' }] },
  },
  {
    name: 'the organisation is Helsingin yhteisjärjestö JHL ry',
    says: { fi: ['Helsingin yhteisjärjestö JHL ry'] },
  },
  {
    name: 'it wants to develop its international activities',
    says: {
      fi: [/haluaa kehittää kansainvälistä toimintaa/],
      en: ['want to develop our international activities'],
    },
  },
  {
    name: 'building a Nordic cooperation network',
    says: { fi: [/Pohjoismais\p{L}* yhteistyöverkosto/u], en: [/Nordic co-?operation network/] },
  },
  {
    name: 'a partner city is sought among the Nordic sister unions',
    says: {
      fi: [/kumppanuuskaupunki\p{L}*[^\n]*sisarliit/u, /sisarliit\p{L}*[^\n]*kumppanuuskaupunki/u],
      en: [
        /partner city[^\n]*Nordic sister (associations|unions)/,
        /Nordic sister (associations|unions)[^\n]*partner city/,
      ],
    },
    // The partner city is looked for, not found: the site must not show it as an existing partnership.
    contradictions: [
      /kumppanuuskaupunki\n(Voimassa oleva kumppanuus|Päättynyt kumppanuus)$/,
      /partner city\n(Active partnership|Past partnership)$/,
    ],
  },
  {
    name: 'the aim of Nordic cooperation: good working-life practices to Helsinki and sharing expertise',
    says: {
      fi: [/hyviä työelämän käytäntöjä Helsinkiin ja jakaa osaamista/],
      en: [/good working practices (in|to) Helsinki and (to )?share expertise/],
    },
  },
  {
    name: 'dialogue on working-life issues at European level',
    says: {
      fi: [/Euroopan tasolla[^\n]*vuoropuhelu\p{L}* työelämän asioista/u],
      en: [/European level[^\n]*dialogue on working life issues/],
    },
  },
  {
    name: 'in contact with the Finnish Members of the European Parliament',
    says: {
      fi: ['Euroopan parlamentin suomalaisiin jäseniin', 'Euroopan parlamentin suomalaiset jäsenet'],
      en: ['Finnish Members of the European Parliament', 'Finnish MEPs'],
    },
  },
  {
    name: 'EU working-life issues followed through FinUnions',
    says: {
      fi: [/EU:n työelämän asioita[^\n]*FinUnions/],
      en: [/EU labour and working life issues through FinUnions?/],
    },
  },
  {
    name: 'FinUnions is the Brussels office of SAK and STTK',
    says: { fi: [/SAK:n ja STTK:n Brysselin edustus\p{L}* FinUnions/u] },
  },
  {
    name: 'FinUnions represents SAK and STTK',
    says: { fi: [/SAK:n ja STTK:n[^\n]*FinUnions/], en: [/FinUnions?[^\n]*\bSAK\b[^\n]*\bSTTK\b/] },
  },
  {
    name: 'SAK, the Central Organisation of Finnish Trade Unions',
    says: { fi: [/\bSAK\b/], en: [/Central Organi[sz]ation of Finnish Trade Unions,? \(?SAK/] },
  },
  {
    name: 'STTK, the Finnish Confederation of Salaried Employees',
    says: { fi: [/\bSTTK\b/], en: [/Finnish Confederation of Salaried Employees,? \(?STTK/] },
  },
  {
    name: 'EPSU, the European federation of public service unions',
    says: {
      fi: [/julkisen alan ammattiliittojen eurooppalai\p{L}* kattojärjestö\p{L}* EPSU/u],
      en: [/European Federation of Public Service Unions,? \(?EPSU/],
    },
  },
  {
    name: 'it wants to influence the EU decisions that affect its members',
    says: {
      fi: [/vaikuttamassa niihin Euroopan unionin päätöksiin/],
      en: ['European Union decisions that affect our members'],
    },
  },
  {
    name: 'trade-union solidarity in Finland and elsewhere in the world',
    says: {
      fi: ['ay-liikkeen solidaarisuutta Suomessa ja muualla maailmassa'],
      en: ['solidarity of the trade union movement in Finland and elsewhere in the world'],
    },
  },
  {
    name: 'it supports Sask, the Finnish Trade Union Solidarity Centre',
    says: {
      fi: [/Suomen ammattiliittojen solidaarisuuskeskus Sask/],
      en: [/Finnish Trade Union Solidarity Cent(er|re),? \(?Sask/],
    },
  },
  {
    name: 'it supports Finnwatch, a corporate responsibility organisation',
    says: {
      fi: [/yritysvastuujärjestö Finnwatch/],
      en: [/corporate (social )?responsibility organi[sz]ation,? \(?Finnwatch/],
    },
  },
  {
    name: "it supports its members' participation in solidarity work",
    says: {
      fi: ['jäsentemme osallistumismahdollisuuksia solidaarisuustyöhön'],
      en: [/members'? participation in (the )?solidarity work/],
    },
  },
  {
    name: "aim: workers' rights and a responsible, environmentally and socially sustainable world",
    says: {
      fi: [/työntekijöiden oikeuksien edistämiseen[^\n]*ympäristöllisesti ja sosiaalisesti kestävän maailman/],
      en: [/rights of workers[^\n]*responsible, environmentally and socially sustainable world/],
    },
  },
  {
    name: 'join us and become a member',
    says: { en: ['Join us and become a member'] },
  },
]
