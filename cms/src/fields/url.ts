import type { TextField } from 'payload'
import { validateHttpUrl } from '../validation/validators'

export function urlField(overrides: Partial<TextField> & { name: string }): TextField {
  return { type: 'text', validate: validateHttpUrl, ...overrides } as TextField
}
