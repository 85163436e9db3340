import { type DatePrecision, datePrecisions } from '@union/shared/vocabulary'
import type { SelectField } from 'payload'
import type { Label } from '../i18n/label'
import { datePrecisionLabels } from './optionLabels'
import { selectOptions } from './options'

/**
 * How precisely the source states the date beside it: a plan "for 2020", a target "by 2023". The
 * date field still holds a day (the year's or month's last day for an end), so status and order
 * work, but the site shows the date no more precisely than this.
 */
export function datePrecisionField(name: string, defaultValue: DatePrecision, label: Label): SelectField {
  return {
    name,
    label,
    type: 'select',
    defaultValue,
    options: selectOptions(datePrecisions, datePrecisionLabels),
    admin: {
      description: {
        fi: 'Kuinka tarkasti lähde ilmoittaa päivämäärän; sivusto ei näytä sitä tarkemmin',
        sv: 'Hur exakt källan anger datumet; webbplatsen visar det inte mer exakt än så',
        en: 'How precisely the source states the date; the site shows no more than that',
      },
    },
  }
}
