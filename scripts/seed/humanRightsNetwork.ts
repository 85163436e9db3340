import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import type { PageText } from './pages'
import { expectText, paragraphs, readSource, sourceFiles } from './sourceText'

/**
 * Source 002 (Swedish): the City of Helsinki's human-rights network. By position: a photo caption
 * (in Finnish), the title, the body, a second caption, then the join call: heading, who may join,
 * and the button text. The captions describe photos we do not have, so they are left out.
 */

/** The city's own site; the text's "Ansluta sig!" button has no address of its own. */
const joinUrl = 'https://www.hel.fi'

export function humanRightsNetworkPage(dir?: string): [LocaleCode, PageText][] {
  const source = paragraphs(readSource(sourceFiles.humanRightsNetwork, dir))
  const n = source.length
  // The first paragraph says what the network is: the page's summary.
  const [title = '', summary = '', ...body] = source.slice(1, n - 4)
  const [heading = '', rule = '', label = ''] = source.slice(n - 3)
  // "… den e-postadress du använder i arbetet, det vill säga @hel.fi eller @edu.hel.fi."
  expectText(rule, /@hel\.fi/, 'the work e-mail rule')
  const allowedEmailDomains = [...rule.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g)].map((match) => match[1] as string)
  expectText(label, /^Ansluta sig!$/, 'the join button')
  return [
    [
      'sv',
      {
        title,
        summary,
        layout: [
          { blockType: 'richText', content: richTextFromParagraphs(body) },
          { blockType: 'callToAction', heading, body: rule, label, url: joinUrl, allowedEmailDomains },
        ],
      },
    ],
  ]
}
