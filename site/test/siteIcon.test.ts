import type { SiteSettings } from '@union/content-schemas'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { appleTouchIconSize, faviconSizes, iconSource, icoOfPngs, squarePng } from '../src/lib/siteIcon'
import { imagesOfIco } from './fixtures/icoImages'

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return [...data.subarray(at, at + info.channels)]
}

const settings = (name: string, shortName?: string) =>
  ({ organisation: { name, shortName: shortName ?? null, logo: null } }) as unknown as SiteSettings

describe('without a logo', () => {
  test("the icon is the organisation's initials on a neutral grey, never nothing", async () => {
    const source = await iconSource([undefined, settings('Helsingin kaupunki')])
    expect(source.toString()).toContain('>HK</text>')
    const png = await squarePng(source, 32)
    expect(await pixel(png, 16, 2)).toEqual([0x4a, 0x4f, 0x57, 255])
  })

  test('a short name is used as it is', async () => {
    expect((await iconSource([settings('Tổng Liên đoàn Lao động Việt Nam', 'VGCL')])).toString()).toContain(
      '>VGCL</text>',
    )
  })
})

describe('the files', () => {
  test('favicon.ico holds a PNG of each size, as browsers read it', async () => {
    const source = await iconSource([settings('JHL')])
    const images = await Promise.all(faviconSizes.map(async (size) => ({ size, png: await squarePng(source, size) })))
    const read = imagesOfIco(icoOfPngs(images))
    expect(read.map(({ width, height }) => [width, height])).toEqual(faviconSizes.map((size) => [size, size]))
    for (const [index, image] of read.entries()) {
      expect(image.png.equals(images[index]!.png)).toBe(true)
      expect((await sharp(image.png).metadata()).format).toBe('png')
    }
  })

  test('the touch icon is opaque: iOS would paint a transparent background black', async () => {
    const wide = await sharp({ create: { width: 300, height: 100, channels: 4, background: '#1d4f91' } })
      .png()
      .toBuffer()
    const icon = await squarePng(wide, appleTouchIconSize, '#ffffff')
    const meta = await sharp(icon).metadata()
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([appleTouchIconSize, appleTouchIconSize, false])
    expect(await pixel(icon, 90, 5)).toEqual([255, 255, 255])
    expect(await pixel(icon, 90, 90)).toEqual([0x1d, 0x4f, 0x91])
  })
})
