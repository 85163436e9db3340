import type { GlobalBeforeOperationHook } from 'payload'

/**
 * Payload reads a global's current values with the request's fallback locale before merging in an
 * update, so saving Swedish wrote the Finnish fallbacks into Swedish fields that were left alone.
 * (Collections already read without fallback when updating.) Saves read the locale's own values.
 */
export const noFallbackOnSave: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' && args?.req) args.req.fallbackLocale = false
  return args
}
