import * as z from 'zod'

/**
 * Lexical JSON as Payload stores it. Node types are left open (the editor's features decide them);
 * the renderer in shared/src/richText/toHtml.ts skips kinds it does not know.
 */
export type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }

export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({ type: z.string(), children: z.array(lexicalNodeSchema).optional() }),
)

export const richTextSchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNodeSchema) }),
})

export type RichText = z.infer<typeof richTextSchema>
