/**
 * Finnish for the strings of the editor (richtext-lexical) and the multi-tenant plugin. Both merge
 * only their own languages' tables into the config, and leave a language they do not know to us:
 * these go into `i18n.translations.fi` beside theirs. The keys are those of their English in the
 * sanitized config (cms/test/adminLanguages.test.ts compares them).
 */
export const lexicalFi = {
  horizontalRule: { label: 'Vaakaviiva' },
  upload: { label: 'Tiedosto' },
  blockquote: { label: 'Lainaus' },
  relationship: { label: 'Viittaus' },
  link: { label: 'Linkki', loadingWithEllipsis: 'Ladataan...' },
  checklist: { label: 'Tarkistuslista' },
  orderedList: { label: 'Numeroitu luettelo' },
  unorderedList: { label: 'Luettelo' },
  indent: { decreaseLabel: 'Pienennä sisennystä', increaseLabel: 'Suurenna sisennystä' },
  align: {
    alignCenterLabel: 'Keskitä',
    alignJustifyLabel: 'Tasaa molemmat reunat',
    alignLeftLabel: 'Tasaa vasemmalle',
    alignRightLabel: 'Tasaa oikealle',
  },
  heading: { label: 'Otsikko {{headingLevel}}' },
  paragraph: { label: 'Kappale', label2: 'Leipäteksti' },
  general: {
    placeholder: 'Aloita kirjoittaminen tai paina / nähdäksesi komennot...',
    slashMenuBasicGroupLabel: 'Perusosat',
    slashMenuListGroupLabel: 'Luettelot',
    toolbarItemsActive: '{{count}} käytössä',
  },
}

/** The multi-tenant plugin's strings; our organisations are its tenants (see organisations/plugin.ts). */
export const multiTenantFi = {
  'assign-tenant-button-label': 'Siirrä toiselle organisaatiolle',
  'assign-tenant-modal-title': 'Siirrä "{{title}}" toiselle organisaatiolle',
  'field-assignedTenant-label': 'Organisaatio',
  'nav-tenantSelector-label': 'Organisaatio',
}

export const pluginTranslations = { fi: { lexical: lexicalFi, 'plugin-multi-tenant': multiTenantFi } }
