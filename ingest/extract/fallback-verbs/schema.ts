// The shapes of the generated verb files and of the hand-kept exclusions, checked when they load (strict: a misspelt key is an error).
import { z } from 'zod';

const lemma = z.string().regex(/^[a-z][a-z-]*$/);

export const cameoVerbsSchema = z.strictObject({
  about: z.string(),
  source: z.strictObject({ file: z.string(), license: z.string(), commit: z.string() }),
  verbs: z.array(
    z.strictObject({
      verb: lemma,
      particle: lemma.optional(),
      prep: lemma.optional(),
      type: z.string(),
      cameo: z.string().regex(/^\d{2,4}$/),
      block: z.string(),
      line: z.number().int().positive(),
      /** Inflected forms, for words compromise leaves without a root ("overflew", "defamed"). */
      forms: z.array(z.string()),
    }),
  ),
});

export const wordnetVerbsSchema = z.strictObject({
  about: z.string(),
  source: z.strictObject({ package: z.string(), version: z.string(), license: z.string() }),
  options: z.strictObject({ maxDepth: z.number().int().min(0), senses: z.number().int().min(1) }),
  verbs: z.array(
    z.strictObject({
      verb: lemma,
      via: lemma,
      relation: z.enum(['synonym', 'hypernym']),
      path: z.array(z.string()).min(1),
      forms: z.array(z.string()),
    }),
  ),
});

/** Verbs left out for one reason. */
const exclusion = z.strictObject({ reason: z.string().min(1), verbs: z.array(z.string()).min(1) });
export const exclusionsSchema = z.strictObject({
  about: z.string(),
  /** CAMEO verbs (optionally "verb particle"/"verb prep") that are not coded. */
  cameo: z.array(exclusion),
  /** Verbs WordNet may not generalise. */
  wordnet: z.array(exclusion),
  /** Known verbs WordNet may not lead to ("tell": everything said would become a meeting). */
  targets: z.array(exclusion),
});

export type CameoVerbsFile = z.infer<typeof cameoVerbsSchema>;
export type WordnetVerbsFile = z.infer<typeof wordnetVerbsSchema>;
export type Exclusions = z.infer<typeof exclusionsSchema>;
