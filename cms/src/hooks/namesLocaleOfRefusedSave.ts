import { type AfterErrorHook, ValidationError } from 'payload'

/**
 * Payload's validation error names the collection (or global) and each field's path, not the
 * locale the values were refused in; an editor saving Swedish and a client writing `?locale=sv`
 * need to know which translation to fix. REST answers carry it as `data.locale`.
 */
export const namesLocaleOfRefusedSave: AfterErrorHook = ({ error, req, result }) => {
  if (!(error instanceof ValidationError) || !result || !req.locale) return
  return {
    response: {
      ...result,
      errors: result.errors.map((entry) =>
        'data' in entry && entry.data ? { ...entry, data: { ...entry.data, locale: req.locale } } : entry,
      ),
    },
  }
}
