import { type DatePrecision, datePrecisions } from '@union/shared/vocabulary'
import type { SelectField } from 'payload'
import { selectOptions } from './options'

/**
 * How precisely the source states the date beside it: a plan "for 2020", a target "by 2023". The
 * date field still holds a day (the year's or month's last day for an end), so status and order
 * work, but the site shows the date no more precisely than this.
 */
export function datePrecisionField(name: string, defaultValue: DatePrecision): SelectField {
  return {
    name,
    type: 'select',
    defaultValue,
    options: selectOptions(datePrecisions),
    admin: { description: 'How precisely the source states the date; the site shows no more than that' },
  }
}
