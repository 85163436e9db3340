/**
 * The union's regions (JHL's regional offices). A network belongs to one. Names are given in the
 * languages the union publishes them in; other locales show the English name.
 */
export const regions = [
  { value: 'southern-finland', name: { fi: 'Etelä-Suomi', sv: 'Södra Finland', en: 'Southern Finland' } },
  { value: 'inner-finland', name: { fi: 'Sisä-Suomi', sv: 'Inre Finland', en: 'Inner Finland' } },
  { value: 'southwest-finland', name: { fi: 'Lounais-Suomi', sv: 'Sydvästra Finland', en: 'Southwest Finland' } },
  { value: 'southeast-finland', name: { fi: 'Kaakkois-Suomi', sv: 'Sydöstra Finland', en: 'Southeast Finland' } },
  { value: 'ostrobothnia', name: { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' } },
  { value: 'eastern-finland', name: { fi: 'Itä-Suomi', sv: 'Östra Finland', en: 'Eastern Finland' } },
  { value: 'oulu-area', name: { fi: 'Oulun alue', sv: 'Uleåborgsregionen', en: 'Oulu area' } },
  { value: 'northern-finland', name: { fi: 'Pohjois-Suomi', sv: 'Norra Finland', en: 'Northern Finland' } },
] as const

export type RegionValue = (typeof regions)[number]['value']
export const regionValues = regions.map((region) => region.value) as [RegionValue, ...RegionValue[]]

export function regionName(value: RegionValue, locale: string): string {
  const region = regions.find((candidate) => candidate.value === value)
  if (!region) throw new Error(`Unknown region "${value}"`)
  return (region.name as Record<string, string>)[locale] ?? region.name.en
}
