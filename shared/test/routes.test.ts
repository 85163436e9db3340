import { describe, expect, test } from 'vitest'
import { localeCodes } from '../src/locales'
import { formerEnglishPath, legalPageNames, legalPageSlug, routeSegments } from '../src/routes'
import { isValidSlug } from '../src/slugs'

describe('the words of the site’s addresses', () => {
  test('every locale names every segment, as a plain ASCII slug, none twice', () => {
    for (const locale of localeCodes) {
      const { legal, ...fixed } = routeSegments[locale]
      const words = [...Object.values(fixed), ...legalPageNames.map((name) => legal[name])]
      for (const word of words) {
        expect(isValidSlug(word), `${locale}: ${word}`).toBe(true)
        expect(word, `${locale}: ${word}`).toMatch(/^[a-z0-9-]+$/)
      }
      expect(new Set(Object.values(fixed)).size, locale).toBe(Object.values(fixed).length)
    }
  })

  test('Finnish and Swedish addresses are in Finnish and Swedish', () => {
    expect(routeSegments.fi).toMatchObject({ networks: 'verkostot', partners: 'kumppanit', search: 'haku' })
    expect(routeSegments.sv).toMatchObject({ networks: 'natverk', partners: 'partner' })
    expect(legalPageSlug('fi', 'accessibility')).toBe('saavutettavuus')
    // An MDX page without words of its own keeps its file's name.
    expect(legalPageSlug('fi', 'cookies')).toBe('cookies')
  })
})

describe('the old English-worded address of a path', () => {
  test('replaces the locale’s words with the English ones, below them too', () => {
    expect(formerEnglishPath('/fi/verkostot/')).toBe('/fi/networks/')
    expect(formerEnglishPath('/fi/verkostot/kamut/')).toBe('/fi/networks/kamut/')
    expect(formerEnglishPath('/sv/handlingsplaner/plan-2020/')).toBe('/sv/action-plans/plan-2020/')
    expect(formerEnglishPath('/fi/sivusto/saavutettavuus/')).toBe('/fi/site/accessibility/')
    expect(formerEnglishPath('/vi/tim-kiem/')).toBe('/vi/search/')
  })

  test('is none for content pages, English addresses and addresses outside a locale', () => {
    expect(formerEnglishPath('/fi/toiminta/verkostot/')).toBeUndefined()
    expect(formerEnglishPath('/en/networks/kamut/')).toBeUndefined()
    expect(formerEnglishPath('/fi/')).toBeUndefined()
    expect(formerEnglishPath('/pagefind/pagefind.js')).toBeUndefined()
  })
})
