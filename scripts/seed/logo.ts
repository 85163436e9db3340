import { organisationField } from '@union/shared/collections'
import type { LocaleCode } from '@union/shared/locales'
import { monogramSvg } from '@union/shared/monogram'
import sharp from 'sharp'
import { type ID, type SeedContext, seedRequestContext } from './documents'
import type { OrganisationSeed } from './organisations'

/**
 * The organisation's logo in the media library. The source documents carry no logo files, so the
 * seed draws a plain monogram (its short name on its colour) and uploads it as a PNG, with the
 * organisation's name as the alternative text in each language of its site.
 */
export async function seedLogo(ctx: SeedContext, organisation: OrganisationSeed, locales: LocaleCode[]): Promise<ID> {
  const { logo, names } = organisation.settings
  const data = await sharp(Buffer.from(monogramSvg(logo.monogram, logo.colour)))
    .png()
    .toBuffer()
  const altIn = (locale: LocaleCode) => new Map(names).get(locale) ?? names[0]?.[1] ?? organisation.name
  const [first, ...rest] = locales
  if (!first) throw new Error(`Organisation ${organisation.slug} has no language to describe its logo in`)
  const created = await ctx.payload.create({
    collection: 'media',
    locale: first,
    overrideAccess: true,
    context: seedRequestContext,
    data: { alt: altIn(first), [organisationField]: ctx.organisation } as never,
    file: { data, mimetype: 'image/png', name: `logo-${organisation.slug}.png`, size: data.length },
  })
  for (const locale of rest) {
    await ctx.payload.update({
      collection: 'media',
      id: created.id,
      locale,
      overrideAccess: true,
      context: seedRequestContext,
      data: { alt: altIn(locale) },
    })
  }
  ctx.log(`[seed] media: logo of ${organisation.name}`)
  return created.id
}
