/**
 * The structured values the content model uses (select options). Defined once so the CMS
 * config and the site's schemas agree; the site has the display labels per locale.
 */
export const meetingFrequencies = ['weekly', 'monthly', 'bimonthly', 'quarterly', 'twice-a-year', 'irregular'] as const
export const socialPlatforms = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'youtube',
  'tiktok',
  'whatsapp',
  'telegram',
  'website',
] as const

export const partnerKinds = [
  'confederation',
  'federation',
  'union',
  'ngo',
  'intergovernmental-organisation',
  'foundation',
  'government-agency',
  'city',
  'representation-office',
] as const
export const partnerScopes = ['nordic', 'european', 'global', 'national', 'regional'] as const
export const partnerRelationships = ['member-of', 'cooperation', 'support', 'funding', 'follows'] as const
export const partnerStatuses = ['active', 'sought', 'past'] as const

export const targetUnits = ['percent', 'count', 'score'] as const
export const targetKinds = ['absolute', 'relative-percent', 'not-set'] as const
export const targetDirections = ['increase', 'decrease'] as const
export const targetStatuses = ['on-track', 'at-risk', 'achieved', 'missed', 'not-measured', 'not-set'] as const

/**
 * How precisely a source states a date: "by 2023" is a year, "August 2021" a month. The stored date
 * is the last day of that year or month (the first for a start), and the site shows only what the
 * source said.
 */
export const datePrecisions = ['year', 'month', 'day'] as const

export type MeetingFrequency = (typeof meetingFrequencies)[number]
export type TargetKind = (typeof targetKinds)[number]
export type TargetDirection = (typeof targetDirections)[number]
export type TargetStatus = (typeof targetStatuses)[number]
export type DatePrecision = (typeof datePrecisions)[number]
