import type { Fact } from '../fact'

/**
 * ../shared/seeds/003_503eec7ac997a6ee.txt: Teollisuusliitto's action plan for 2020, in Finnish.
 * The targets are to be reached "by 2023" (the end of the congress term); the source gives no day.
 * Contradictions on the targets are read in the targets table (metric, baseline, target, deadline,
 * measurements, status, one cell a line) and in the chart of each target (its title, then its labels).
 */
const notSet = '(ei asetettu|not set)'
const membersTarget = /2019 lopun tasosta/
const stewardsTarget = /2018 tasosta/
/** The cell after the metric (the baseline) says it is not set. */
const baselineNotSet = (metric: string) => new RegExp(`${metric}\\n${notSet}$`)
/** The second cell after the metric (the target) says it is not set. */
const targetNotSet = (metric: string) => new RegExp(`${metric}\\n[^\\n]*\\n${notSet}$`)
/** The chart's first point, a 0 % "measurement" the source never gave. */
const zeroPointInChart = (metric: string) => new RegExp(`${metric}" eteneminen[^\\n]*(\\n[^\\n]*){0,4}\\n[+±]?0 ?%$`)

export const source003: Fact[] = [
  // The plan and its foreword
  { name: 'the organisation is Teollisuusliitto ry', says: { fi: ['Teollisuusliitto ry'] } },
  {
    name: 'action plan for 2020',
    says: { fi: [/toimintasuunnitelma 2020/, /vuoden 2020 toimintasuunnitelma/] },
    contradictions: [
      /tammikuu 2020 - joulukuu 2020/,
      /tammi-joulukuu 2020/,
      /1\.1\.2020 ?- ?31\.12\.2020/,
      /January 2020 - December 2020/,
      /January-December 2020/,
    ],
  },
  { name: "the plan of the union's third year of operation", says: { fi: ['kolmannen toimintavuoden'] } },
  {
    name: 'the guidelines adopted at the 2017 union congress steer the union',
    says: { fi: ['Vuonna 2017 liittokokouksessa hyväksytyt linjaukset'] },
  },
  { name: 'indicators adopted to evaluate the strategy', says: { fi: [/hyväksytty mittarit/] } },
  { name: 'foreword by the chair', says: { fi: [/^Puheenjohtajalta$/, /^Esipuhe$/] } },
  { name: 'Riku Aalto is the chair (puheenjohtaja)', says: { fi: [/Riku Aalto,? puheenjohtaja/] } },
  {
    name: 'focus area 1: Järjestäytyminen ja sen edistäminen',
    says: { fi: [/^(Painopiste: )?Järjestäytyminen ja sen edistäminen$/] },
  },
  {
    name: 'focus area 2: Henkilöstön osaamisen kasvattaminen',
    says: { fi: [/^(Painopiste: )?Henkilöstön osaamisen kasvattaminen$/] },
  },
  { name: 'focus area 3: TES-kierros', says: { fi: [/^(Painopiste: )?TES-kierros$/] } },

  // The targets
  {
    name: 'targets to be reached by 2023, the end of the congress term',
    says: { fi: [/liittokokouskauden loppuun eli vuoteen 2023 mennessä/, /vuoteen 2023 mennessä/] },
    contradictions: [/31\. ?joulukuuta 2023/, /31\.12\.2023/, /December 31,? 2023/, /31 December 2023/, /2023-12-31/],
  },
  {
    name: '+6 % members in the labour market from the end-2019 level by 2023',
    subject: membersTarget,
    says: { fi: [/määrä nousee 6 prosenttia vuoden 2019 lopun tasosta/, /\+6 ?%[^\n]*2019 lopun/] },
    contradictions: [targetNotSet(membersTarget.source), zeroPointInChart(membersTarget.source)],
  },
  {
    name: 'the members target starts from the end-2019 level',
    subject: membersTarget,
    says: { fi: [/vuoden 2019 lopun tasosta/] },
    contradictions: [baselineNotSet(membersTarget.source)],
  },
  {
    name: '50 % of the students starting in our sectors join as student members by 2023',
    says: {
      fi: [/50 prosenttia aloillamme aloittavista opiskelijoista liittyy Teollisuusliiton opiskelijajäseneksi/],
    },
  },
  {
    name: '+10 % head shop stewards and OSH representatives from the 2018 level by 2023',
    subject: stewardsTarget,
    says: {
      fi: [/pääluottamusmiesten ja työsuojeluvaltuutettujen määrä nousee 10 prosenttia vuoden 2018 tasosta/],
    },
    contradictions: [targetNotSet(stewardsTarget.source), zeroPointInChart(stewardsTarget.source)],
  },
  {
    name: 'the shop stewards target starts from the 2018 level',
    subject: stewardsTarget,
    says: { fi: [/vuoden 2018 tasosta/] },
    contradictions: [baselineNotSet(stewardsTarget.source)],
  },
  {
    name: 'member-service quality is measured from 2020',
    says: { fi: [/alamme mitata jäsenpalvelumme laatua vuoden 2020 aikana/] },
  },
  {
    name: 'member-service quality: its target is set later',
    says: { fi: [/Myöhemmin asetamme tavoitteet sen parantamiseksi/, /Tavoitetasoa ei vielä asetettu/] },
  },

  // Focus area 1: organising, and its four actions
  {
    name: 'the number of members in the labour market has fallen',
    says: { fi: ['työmarkkinoilla olevien jäsentemme määrä on laskenut'] },
  },
  { name: 'action 1: Jäsenhankinnan kehittäminen', says: { fi: [/^(1\. )?Jäsenhankinnan kehittäminen$/] } },
  { name: 'action 2: Jäsenpidon parantaminen', says: { fi: [/^(2\. )?Jäsenpidon parantaminen$/] } },
  {
    name: 'action 3: Opiskelijajäsenhankinnan kehittäminen',
    says: { fi: [/^(3\. )?Opiskelijajäsenhankinnan kehittäminen$/] },
  },
  {
    name: 'action 4: Uusien pääluottamusmiesten ja työsuojeluvaltuutettujen perehdyttäminen',
    says: { fi: [/^(4\. )?Uusien pääluottamusmiesten ja työsuojeluvaltuutettujen perehdyttäminen$/] },
  },
  { name: 'fairs and city and music festivals', says: { fi: ['messut sekä kaupunki- ja musiikkifestivaalit'] } },
  { name: 'visibility through sponsorship and advertising', says: { fi: ['sponsoroinnin ja mainonnan avulla'] } },
  { name: 'regional theme weeks of workplace visits', says: { fi: ['alueellisia työpaikkakäyntien teemaviikkoja'] } },
  { name: 'workplace visits aimed at small workplaces of under 50 people', says: { fi: [/pieniin, alle 50 hengen/] } },
  {
    name: 'information sessions for workers with a foreign background',
    says: { fi: ['Ulkomaalaistaustaisille järjestämme kohdennettuja infotilaisuuksia'] },
  },
  { name: 'stories in the Tekijä magazine', says: { fi: [/Tekijä-lehte/] } },
  {
    name: 'peer-support groups for shop stewards from 2020',
    says: { fi: [/Vuonna 2020 starttaamme myös luottamusmiesten vertaistukiryhmiä/] },
  },
  { name: 'organising campaigns for workplaces of over 50 people', says: { fi: [/yli 50 hengen työpaikkojen/] } },
  { name: 'branch development courses at Murikka', says: { fi: ['kehittämiskoulutuksissa Murikassa'] } },
  {
    name: 'regional forums renewed: activist days in every area',
    says: { fi: [/uudistamme aluefoorumit/, /aktiivipäivät/] },
  },
  {
    name: 'the bargaining round that began in 2019 continues into 2020',
    says: { fi: ['Vuonna 2019 alkanut sopimuskierros jatkuu toimintavuoden 2020 puolelle'] },
  },
  { name: 'the mobile membership card for member benefits', says: { fi: [/mobiilijäsenkortti/] } },
  {
    name: "the union's first member survey at the start of 2020",
    says: { fi: ['ensimmäisen jäsentutkimuksen vuoden 2020 alussa'] },
  },
  { name: 'a multimedia site for the member survey results', says: { fi: [/multimediasivusto/] } },
  { name: 'eHallinta, longer on-call hours, chat and a mobile app', says: { fi: [/parannamme eHallintaa/] } },
  { name: 'the member panel', says: { fi: [/jäsenpaneeli/] } },
  { name: 'reasons for leaving, especially for moving to YTK', says: { fi: [/YTK:hon siirtymisen syyt/] } },
  { name: 'reminders of unpaid membership fees', says: { fi: ['muistutamme ajoissa maksamattomista maksuista'] } },
  {
    name: 'campaigns for educational institutions in 2020',
    says: { fi: ['vuonna 2020 oppilaitoksiin suunnattuja kampanjoita'] },
  },
  { name: 'new school informants through student members', says: { fi: [/uusia oppilaitostiedottajia/] } },
  { name: "the union's scholarship system", says: { fi: [/stipendijärjestelmä/] } },
  { name: 'shop stewards are elected in 2020 in most sectors', says: { fi: ['Vuonna 2020 valitaan luottamusmiehet'] } },
  { name: 'OSH representatives were elected in autumn 2019', says: { fi: ['työsuojeluvaltuutetut syksyllä 2019'] } },
  { name: 'an electronic shop-steward notification', says: { fi: [/sähköisen luottamusmiesilmoituksen/] } },
  { name: 'a new online course for shop stewards and OSH representatives', says: { fi: [/uuden verkkokurssin/] } },
  { name: 'a newsletter of their own for new OSH representatives', says: { fi: [/perustamme oman uutiskirjeen/] } },

  // Focus area 2: the staff's skills
  {
    name: "the staff's skills are the second focus area of 2020",
    says: { fi: ['vuoden 2020 toinen painopiste on henkilöstön osaamisen kasvattaminen'] },
  },
  { name: 'the values: yhteisvoima, sopiminen, neuvokkuus', says: { fi: ['yhteisvoiman, sopimisen ja neuvokkuuden'] } },
  {
    name: 'Swedish, English, Russian and Estonian skills',
    says: { fi: ['ruotsin, englannin, venäjän ja viron osaamisen'] },
  },
  {
    name: 'section "Mitä taitoja liiton henkilöstö tarvitsee?"',
    says: { fi: [/^(1\. )?Mitä taitoja liiton henkilöstö tarvitsee\?$/] },
  },
  {
    name: 'section "Millä keinoilla taitoja lisätään?"',
    says: { fi: [/^(2\. )?Millä keinoilla taitoja lisätään\?$/] },
  },
  { name: 'virtual morning coffees', says: { fi: [/virtuaaliset aamukahvit/] } },
  { name: 'internal training with the teachers of Murikka', says: { fi: ['Murikan opettajien kanssa'] } },
  { name: 'mentoring', says: { fi: [/Mentorointi on hyvä tapa jakaa osaamista/] } },

  // Focus area 3: the bargaining round
  { name: 'the negotiation round continues in 2020', says: { fi: ['Neuvottelukierros jatkuu vuonna 2020'] } },
  { name: 'collective agreements were a focus area of 2019', says: { fi: ['yksi vuoden 2019 painopisteistämme'] } },
  {
    name: 'the goal: the round completed for all our sectors',
    says: { fi: ['onnistuneesti loppuun viety TES-kierros kaikkien sopimusalojemme osalta'] },
  },
  { name: 'a website supporting collective-agreement work', says: { fi: [/työehtotoimintaa tukeva verkkosivusto/] } },

  // The last section, "Muut painotukset liiton toiminnassa"
  { name: 'section "Muut painotukset liiton toiminnassa"', says: { fi: [/^Muut painotukset liiton toiminnassa$/] } },
  {
    name: 'other emphasis: Yhteiskunnallisen vaikuttamisen lisääminen',
    says: { fi: [/^Yhteiskunnallisen vaikuttamisen lisääminen$/] },
  },
  {
    name: 'societal influence was the focus in 2018–2019',
    says: { fi: [/Yhteiskunnallinen vaikuttaminen oli vuosina 2018-2019/] },
  },
  { name: 'advocacy training in every region', says: { fi: [/vaikuttamiskoulutuksen jokaisella alueellamme/] } },
  { name: 'the industrial policy programme', says: { fi: [/elinkeinopoliittisen ohjelma/] } },
  { name: 'cooperation with the OSH authorities', says: { fi: [/yhteistyö työsuojeluviranomaisten kanssa/] } },
  { name: 'statements on bills; the Co-operation Act reform', says: { fi: [/yhteistoimintalain uudistus on hanke/] } },
  { name: 'coordination of vocational education', says: { fi: [/ammatillisen koulutuksen koordinoinnin/] } },
  {
    name: 'other emphasis: Aluetoimistoverkoston, aluetoiminnan ja ammattiosastojen kehittäminen',
    says: { fi: [/^Aluetoimistoverkoston, aluetoiminnan ja ammattiosastojen kehittäminen$/] },
  },
  {
    name: 'regional activities and branches were the focus in 2018–2019',
    says: { fi: [/ammattiosastojen kehittäminen oli painopisteenämme vuosina 2018-2019/] },
  },
  {
    name: 'training in legal matters for the regional offices’ staff',
    says: { fi: ['aluetoimistojen henkilökunnalle koulutusta oikeudellisissa asioissa'] },
  },
  {
    name: 'other emphasis: Jäsenpalvelun kehittäminen sekä tiedon ja osaamisen jakaminen',
    says: { fi: [/^Jäsenpalvelun kehittäminen sekä tiedon ja osaamisen jakaminen$/] },
  },
  {
    name: 'the digital case-management system taken into use in 2019',
    says: { fi: [/asianhallintajärjestelmä, jonka otimme käyttöön vuonna 2019/] },
  },
]
