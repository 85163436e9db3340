import type { Words } from '../adminWords'

/** The Preview button's and endpoint's words, in the admin languages (fi, sv, en). */
export type Message = Words

export const previewMessages = {
  button: { fi: 'Esikatsele', sv: 'Förhandsgranska', en: 'Preview' },
  building: {
    fi: 'Rakennetaan esikatselua…',
    sv: 'Förhandsvisningen byggs…',
    en: 'Building the preview…',
  },
  explanation: {
    fi: 'Näyttää viimeksi tallennetun luonnoksen sellaisena kuin yleisö sen näkisi. Linkki toimii tunnin.',
    sv: 'Visar det senast sparade utkastet så som allmänheten skulle se det. Länken fungerar i en timme.',
    en: 'Shows the last saved draft as the public would see it. The link works for an hour.',
  },
  open: { fi: 'Avaa esikatselu', sv: 'Öppna förhandsvisningen', en: 'Open the preview' },
  pages: {
    fi: 'Luonnos muuttaa näitä sivuja:',
    sv: 'Utkastet ändrar dessa sidor:',
    en: 'The draft changes these pages:',
  },
  failed: {
    fi: 'Esikatselua ei voitu rakentaa.',
    sv: 'Förhandsvisningen kunde inte byggas.',
    en: 'The preview could not be built.',
  },
  saveFirst: {
    fi: 'Tallenna dokumentti ensin: esikatselu näyttää tallennetun luonnoksen.',
    sv: 'Spara dokumentet först: förhandsvisningen visar det sparade utkastet.',
    en: 'Save the document first: the preview shows the saved draft.',
  },
  notLoggedIn: {
    fi: 'Kirjaudu sisään esikatsellaksesi.',
    sv: 'Logga in för att förhandsgranska.',
    en: 'Log in to preview.',
  },
  notPreviewable: {
    fi: 'Kokoelmaa "{collection}" ei voi esikatsella; esikatseltavat: {collections}.',
    sv: 'Samlingen "{collection}" kan inte förhandsgranskas; de som kan: {collections}.',
    en: 'The collection "{collection}" cannot be previewed; these can: {collections}.',
  },
  badId: {
    fi: 'Kentän "id" on oltava dokumentin tunniste (kokonaisluku), ei {id}.',
    sv: 'Fältet "id" måste vara ett dokument-id (ett heltal), inte {id}.',
    en: 'The field "id" must be a document id (a whole number), not {id}.',
  },
  notReadable: {
    fi: 'Kokoelmassa {collection} ei ole dokumenttia {id}, jota voit lukea.',
    sv: 'Samlingen {collection} har inget dokument {id} som du kan läsa.',
    en: 'The collection {collection} has no document {id} that you can read.',
  },
  noCredential: {
    fi: 'Istuntoasi ei löytynyt pyynnöstä; kirjaudu sisään uudelleen.',
    sv: 'Din session fanns inte i begäran; logga in igen.',
    en: 'Your session was not found in the request; log in again.',
  },
  serviceDown: {
    fi: 'Sivuston rakennuspalvelu osoitteessa {url} ei vastaa ({reason}).',
    sv: 'Webbplatsens byggtjänst på {url} svarar inte ({reason}).',
    en: 'The site’s rebuild service at {url} does not answer ({reason}).',
  },
} satisfies Record<string, Message>

/** The message in `language` (the admin's), English when it has none, with {name} filled in. */
export function say(message: Message, language: string | undefined, values: Record<string, string> = {}): string {
  const text = message[language as keyof Message] ?? message.en
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
