/**
 * A plain monogram logo: the organisation's short name or initials, white on a rounded square.
 * The seed gives each demo organisation one (the source documents have no logo files), and the
 * site draws one as its icon when the site settings have no logo.
 */
export function monogramSvg(letters: string, background = '#4a4f57'): string {
  const text = letters.slice(0, 4)
  // Four letters fit the square at 150px in a bold sans-serif; fewer get larger.
  const fontSize = [260, 260, 220, 180, 150][text.length] ?? 150
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `<rect width="512" height="512" rx="96" fill="${escapeXml(background)}"/>`,
    `<text x="256" y="256" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="${fontSize}" fill="#ffffff">${escapeXml(text)}</text>`,
    '</svg>',
  ].join('')
}

/** "Helsingin kaupunki" → "HK", "Teollisuusliitto" → "T", "JHL" → "JHL": an acronym stays whole. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-–()]+/u).filter(Boolean)
  const [only] = words
  if (words.length === 1 && only && only === only.toLocaleUpperCase()) return [...only].slice(0, 4).join('')
  return words
    .slice(0, 3)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toLocaleUpperCase()
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
