/** A text of ours in every admin language, as Payload's per-language labels and descriptions take it. */
export type Label = { fi: string; sv: string; en: string }
