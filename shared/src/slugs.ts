/**
 * Slugs are lower-case words joined by single hyphens. Latin letters lose their diacritics
 * (kansainvälinen → kansainvalinen), other scripts (Arabic, Thai, Cyrillic) are kept, so every
 * locale can have a readable slug of its own.
 */
export const slugPattern = /^[\p{Ll}\p{Lo}\p{Nd}\p{M}]+(?:-[\p{Ll}\p{Lo}\p{Nd}\p{M}]+)*$/u

export function isValidSlug(value: string): boolean {
  return slugPattern.test(value)
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
}
