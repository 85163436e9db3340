import { richTextFromBlocks, richTextFromParagraphs } from '@union/shared/richText/fromText'
import { describe, expect, test } from 'vitest'
import { descriptionMaxLength, metaDescription, pageDescriptionSource } from '../src/lib/metaDescription'

const fallback = 'Alueelliset verkostot kokoavat jäseniä yhteen.'

describe('a description falls back in order', () => {
  const content = [richTextFromParagraphs(['Ensimmäinen kappale.', 'Toinen kappale.'])]

  test('the SEO description first', () => {
    const own = { seo: { description: 'Hakukoneille.' }, summary: 'Tiivistelmä.', content }
    expect(metaDescription('fi', own, [], fallback)).toBe('Hakukoneille.')
  })

  test('then the summary', () => {
    expect(metaDescription('fi', { seo: { description: '  ' }, summary: 'Tiivistelmä.', content }, [], fallback)).toBe(
      'Tiivistelmä.',
    )
  })

  test('then the first paragraph of the content, not a heading before it', () => {
    const withHeading = richTextFromBlocks([
      { kind: 'heading', tag: 'h2', text: 'Otsikko' },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Verkosto  kokoontuu\nkerran kuussa.' },
    ])
    expect(metaDescription('fi', { seo: null, summary: null, content: [withHeading] }, [], fallback)).toBe(
      'Verkosto kokoontuu kerran kuussa.',
    )
  })

  test("then the site's own sentence", () => {
    expect(metaDescription('fi', {}, [], fallback)).toBe(fallback)
  })

  test("a page's text blocks are its content", () => {
    const page = {
      seo: null,
      summary: null,
      layout: [
        { blockType: 'image' as const, image: 3 },
        { blockType: 'richText' as const, content: richTextFromParagraphs(['Sivun teksti.']) },
      ],
    }
    expect(metaDescription('fi', pageDescriptionSource(page), [], fallback)).toBe('Sivun teksti.')
  })
})

describe("always in the page's language", () => {
  test("a summary Payload filled in from the Finnish version is passed over for the page's own paragraph", () => {
    const finnish = { summary: 'Suomenkielinen tiivistelmä.', content: [richTextFromParagraphs(['Suomeksi.'])] }
    const swedish = { summary: 'Suomenkielinen tiivistelmä.', content: [richTextFromParagraphs(['På svenska.'])] }
    expect(metaDescription('sv', swedish, [finnish], 'Reserv.')).toBe('På svenska.')
  })

  test('with nothing of its own, the site sentence in its language rather than another locale’s text', () => {
    const finnish = { seo: { description: 'Kuvaus.' } }
    expect(metaDescription('en', { seo: { description: 'Kuvaus.' } }, [finnish], 'Regional networks.')).toBe(
      'Regional networks.',
    )
  })
})

describe('a long text is cut at a word boundary', () => {
  test('within the limit, ending in an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `sana${index}`).join(' ')
    const description = metaDescription('fi', { summary: words }, [], fallback)
    expect(description.length).toBeLessThanOrEqual(descriptionMaxLength)
    expect(description).toMatch(/ sana\d+…$/)
    expect(words.startsWith(description.slice(0, -1))).toBe(true)
  })

  test('Thai, written without spaces, between words', () => {
    const thai = 'สหภาพแรงงานร่วมมือกับองค์กรระหว่างประเทศ'.repeat(8)
    const description = metaDescription('th', { summary: thai }, [], fallback)
    expect(description.length).toBeLessThanOrEqual(descriptionMaxLength)
    const kept = description.slice(0, -1)
    const boundaries = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai)].map((s) => s.index)
    expect(boundaries).toContain(kept.length)
  })
})
