import { describe, expect, test } from 'vitest'
import { isValidSlug, slugify } from '../src/slugs'

describe('slugify', () => {
  test.each([
    ['Kansainvälinen toiminta', 'kansainvalinen-toiminta'],
    ['Nätverket för mänskliga rättigheter', 'natverket-for-manskliga-rattigheter'],
    ['Jalla-Jalla!', 'jalla-jalla'],
    ['Tổng Liên đoàn Lao động Việt Nam', 'tong-lien-doan-lao-dong-viet-nam'],
    ['Международная деятельность', 'международная-деятельность'],
    ['شبكة المهاجرين', 'شبكة-المهاجرين'],
    ['เครือข่ายผู้อพยพ', 'เครือข่ายผู้อพยพ'],
  ])('%s → %s, which is a valid slug', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(isValidSlug(slug)).toBe(true)
  })
})

test('slugs reject upper case, spaces, slashes and doubled or edge hyphens', () => {
  for (const bad of ['KaMuT', 'two words', 'a/b', 'a--b', '-a', 'a-', '']) expect(isValidSlug(bad)).toBe(false)
})
