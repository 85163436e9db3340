import type { ActionPlan, ActionPlanTarget, Page, RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { describe, expect, test } from 'vitest'
import { affectedRoutes, type SiteContent } from '../src/lib/affectedRoutes'

/** Small hand-made content: only the fields affectedRoutes reads matter. */
const network = (id: number, locale: LocaleCode, slug: string) => ({
  locale,
  doc: { id, slug, name: slug } as RegionalNetwork,
})
const page = (id: number, locale: LocaleCode, slug: string, extra: Partial<Page> = {}) => ({
  locale,
  doc: { id, slug, title: slug, parent: null, layout: [], ...extra } as Page,
})
const plan = (id: number, locale: LocaleCode, slug: string) => ({
  locale,
  doc: { id, slug, title: slug } as ActionPlan,
})
const target = (id: number, locale: LocaleCode, planId: number) => ({
  locale,
  doc: { id, plan: planId, metric: `m${id}`, target: { kind: 'not-set' } } as ActionPlanTarget,
})

function content(overrides: Partial<SiteContent> = {}): SiteContent {
  return {
    networks: [network(1, 'fi', 'kamut'), network(1, 'sv', 'kamut-sv'), network(2, 'fi', 'muut')],
    partners: [{ locale: 'fi', doc: { id: 1 } }],
    plans: [plan(1, 'fi', 'ohjelma'), plan(1, 'sv', 'programmet')],
    targets: [target(1, 'fi', 1)],
    pages: [
      page(1, 'fi', 'osio'),
      page(2, 'fi', 'verkostot', {
        parent: 1,
        layout: [{ blockType: 'collectionList', source: 'regional-networks', heading: null, limit: null }],
      }),
      page(3, 'fi', 'liity', { parent: 1, layout: [{ blockType: 'callToAction', heading: 'x', label: 'y', page: 1 }] }),
      page(1, 'sv', 'avsnitt'),
    ],
    settingsByLocale: {},
    redirects: [],
    ...overrides,
  }
}

const renamed = <Entry extends { locale: LocaleCode; doc: { id: number; slug: string } }>(
  entries: Entry[],
  id: number,
  locale: LocaleCode,
  slug: string,
) =>
  entries.map((entry) =>
    entry.doc.id === id && entry.locale === locale ? { ...entry, doc: { ...entry.doc, slug } } : entry,
  )

describe('which pages a change affects', () => {
  test("a network's edit: its page in each locale, every directory, and the pages listing networks", () => {
    const before = content()
    const after = content({ networks: before.networks.map((entry) => ({ ...entry })) })
    expect(affectedRoutes(before, after, [{ collection: 'regional-networks', id: 1 }])).toEqual({
      everything: false,
      render: [
        '/fi/osio/verkostot/',
        '/fi/verkostot/',
        '/fi/verkostot/kamut/',
        '/sv/natverk/',
        '/sv/natverk/kamut-sv/',
      ],
      remove: [],
    })
  })

  test("a network's new slug renders the new address and removes the old one, and its English-worded redirect", () => {
    const before = content()
    const after = content({ networks: renamed(before.networks, 1, 'sv', 'kamut-ny') })
    const affected = affectedRoutes(before, after, [{ collection: 'regional-networks', id: 1 }])
    expect(affected).toMatchObject({ everything: false, remove: ['/sv/natverk/kamut-sv/', '/sv/networks/kamut-sv/'] })
    expect(affected.everything === false && affected.render).toContain('/sv/natverk/kamut-ny/')
  })

  test('a deleted network removes its pages and renders the lists that showed it', () => {
    const before = content()
    const after = content({ networks: before.networks.filter((entry) => entry.doc.id !== 1) })
    expect(affectedRoutes(before, after, [{ collection: 'regional-networks', id: 1 }])).toEqual({
      everything: false,
      render: ['/fi/osio/verkostot/', '/fi/verkostot/', '/sv/natverk/'],
      remove: ['/fi/networks/kamut/', '/fi/verkostot/kamut/', '/sv/natverk/kamut-sv/', '/sv/networks/kamut-sv/'],
    })
  })

  test('a target renders the pages of its action plan', () => {
    const before = content()
    const affected = affectedRoutes(before, content(), [{ collection: 'action-plan-targets', id: 1 }])
    expect(affected).toEqual({
      everything: false,
      render: ['/fi/toimintasuunnitelmat/ohjelma/', '/sv/handlingsplaner/programmet/'],
      remove: [],
    })
  })

  test("a page's new slug moves its subpages and re-renders the pages linking to it", () => {
    const before = content()
    const after = content({ pages: renamed(before.pages, 1, 'fi', 'uusi') })
    expect(affectedRoutes(before, after, [{ collection: 'pages', id: 1 }])).toEqual({
      everything: false,
      render: ['/fi/', '/fi/uusi/', '/fi/uusi/liity/', '/fi/uusi/verkostot/', '/sv/', '/sv/avsnitt/'],
      remove: ['/fi/osio/', '/fi/osio/liity/', '/fi/osio/verkostot/'],
    })
  })

  test("a redirect that is gone has its page removed; a page's old address that redirects is not", () => {
    const redirect = { id: 1, from: '/fi/vanha/', to: '/fi/osio/' }
    const before = content({ redirects: [redirect, { id: 2, from: '/fi/poistettu/', to: '/fi/osio/' }] })
    expect(affectedRoutes(before, content({ redirects: [redirect] }), [])).toEqual({
      everything: false,
      render: [],
      remove: ['/fi/poistettu/'],
    })
    // The page moves and the CMS records its old address: the page there is replaced by a redirect page.
    const moved = content({ networks: renamed(before.networks, 2, 'fi', 'uudet') })
    moved.redirects = [...before.redirects, { id: 3, from: '/fi/verkostot/muut/', to: '/fi/verkostot/uudet/' }]
    const affected = affectedRoutes(before, moved, [{ collection: 'regional-networks', id: 2 }])
    expect(affected.everything === false && affected.remove).toEqual(['/fi/verkostot/muut/'])
    // Its page at the old address, and the old English-worded one, which now leads to the new address.
    expect(affected.everything === false && affected.render).toEqual(
      expect.arrayContaining(['/fi/networks/muut/', '/fi/networks/uudet/', '/fi/verkostot/muut/']),
    )
  })

  test('a change to what the menu shows renders every page', () => {
    // Swedish has no menu of its own in the site settings, so its top-level pages are its menu.
    const before = content()
    const after = content({ pages: renamed(before.pages, 1, 'sv', 'nytt') })
    expect(affectedRoutes(before, after, [{ collection: 'pages', id: 1 }])).toEqual({
      everything: true,
      reason: 'the main menu changed in "sv" (it is on every page)',
    })
  })

  test('a subpage edit renders it, the pages of its locale that link to it and the home pages', () => {
    const before = content()
    const after = content({ pages: before.pages.map((entry) => ({ ...entry })) })
    expect(affectedRoutes(before, after, [{ collection: 'pages', id: 2 }])).toEqual({
      everything: false,
      render: ['/fi/', '/fi/osio/verkostot/', '/sv/'],
      remove: [],
    })
  })

  test('site settings, a new language or an embedded collection render every page', () => {
    const before = content()
    expect(affectedRoutes(before, content({ settingsByLocale: { fi: {} as never } }), [])).toMatchObject({
      everything: true,
      reason: 'the site settings changed',
    })
    const english = content({ networks: [...before.networks, network(3, 'en', 'new')] })
    expect(affectedRoutes(before, english, [{ collection: 'regional-networks', id: 3 }])).toMatchObject({
      everything: true,
    })
    expect(affectedRoutes(before, content(), [{ collection: 'contacts', id: 4 }])).toMatchObject({ everything: true })
  })

  test('a target drawn as a chart for the first time renders every page: the accessibility statement now says so', () => {
    const before = content()
    const measured = {
      ...target(1, 'fi', 1).doc,
      baseline: { value: 1000, date: '2019-12-31T00:00:00.000Z' },
      target: { kind: 'absolute', value: 1100, deadline: '2023-12-31T00:00:00.000Z' },
    } as ActionPlanTarget
    const after = content({ targets: [{ locale: 'fi', doc: measured }] })
    expect(affectedRoutes(before, after, [{ collection: 'action-plan-targets', id: 1 }])).toMatchObject({
      everything: true,
      reason: expect.stringContaining('what the site says about itself'),
    })
  })
})
