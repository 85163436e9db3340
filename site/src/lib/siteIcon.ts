import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteSettings } from '@union/content-schemas'
import { initialsOf, monogramSvg } from '@union/shared/monogram'
import sharp from 'sharp'
import { mediaFileName } from '../loader/mediaFiles'
import { siteRoot } from '../siteEnv'

/** The favicon's sizes: browser tabs (16, 32) and Windows shortcuts (48). */
export const faviconSizes = [16, 32, 48]
/** iOS's home-screen icon size; iOS paints a transparent background black, so it gets a white one. */
export const appleTouchIconSize = 180

/**
 * The picture the site's icons are made from: the logo in the site settings, else a monogram of the
 * organisation's initials on a neutral grey, so a site never answers /favicon.ico with 404.
 */
export async function iconSource(settings: (SiteSettings | undefined)[]): Promise<Buffer> {
  const withLogo = settings.find((each) => typeof each?.organisation.logo === 'object' && each.organisation.logo)
  const logo = withLogo?.organisation.logo
  // The loader wrote every original into cms-media/ of the site folder.
  if (typeof logo === 'object' && logo) return readFile(join(siteRoot, 'cms-media', mediaFileName(logo)))
  const name = settings.find((each) => each?.organisation.name)?.organisation
  return Buffer.from(monogramSvg(initialsOf(name?.shortName ?? name?.name ?? '?')))
}

/** A square PNG of the source, the whole picture fitted in, on `background` (transparent by default). */
export function squarePng(source: Buffer, size: number, background?: string): Promise<Buffer> {
  const fitted = sharp(source, { density: 300 }).resize(size, size, {
    fit: 'contain',
    background: background ?? { r: 0, g: 0, b: 0, alpha: 0 },
  })
  return (background ? fitted.flatten({ background }) : fitted).png().toBuffer()
}

/**
 * An ICO file holding PNG images, which every current browser reads: a 6-byte header, a 16-byte
 * entry per image (its size, bit depth, length and offset), then the PNGs as they are.
 */
export function icoOfPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  for (const [index, { size, png }] of images.entries()) {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry) // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2) // no palette
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  }
  return Buffer.concat([header, ...images.map((image) => image.png)])
}
