// The zod schema an actors file must meet: a JSON array of Actor-shaped entries.
import { z } from 'zod';
import { ACTOR_TYPES } from '../types.ts';

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const idPattern = /^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/;

export const actorEntrySchema = z.object({
  id: z
    .string()
    .regex(idPattern, 'id must be ISO alpha-3 ("RUS") or kebab-case ("vladimir-putin")'),
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  countryCode: z
    .string()
    .regex(/^[A-Z]{3}$/, 'countryCode must be ISO alpha-3 uppercase')
    .nullable()
    .default(null),
  memberOf: z.array(z.string()).optional(),
  partOf: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  years: z
    .string()
    .regex(/^\d{4}-(\d{4})?(,\s*\d{4}-(\d{4})?)*$/, 'years must look like "2012-" or "2013-2021"')
    .nullable()
    .optional(),
  terms: z
    .array(
      z.strictObject({
        role: z.string().min(1),
        of: z.string().optional(),
        from: z.string().regex(isoDate, 'from must be an ISO date or year ("2021-08-03", "2021")'),
        to: z
          .string()
          .regex(isoDate, 'to must be an ISO date or year ("2024-05-19", "2024")')
          .optional(),
      }),
    )
    .optional(),
  demonyms: z.array(z.string()).optional(),
  capital: z.string().nullable().optional(),
  /** Curation: this id was merged into another actor; it links nothing, and its names belong to that actor. */
  mergedInto: z.string().regex(idPattern, 'mergedInto must be an actor id').optional(),
});

export const actorFileSchema = z.array(actorEntrySchema);

/** Where a converted entry came from: the dictionary file, its line and the entry as written there. */
export const sourceSchema = z.strictObject({
  file: z.string().min(1),
  line: z.number().int().positive(),
  entry: z.string().min(1),
});

/** An entry converted from PETRARCH2: an actor entry (no unknown keys) with its provenance. */
export const petrarchActorSchema = actorEntrySchema.strict().extend({ source: sourceSchema });

/** ingest/actors/petrarch-actors.json: extra state names and the actors PETRARCH2 adds, each with provenance. */
export const petrarchFileSchema = z.strictObject({
  about: z.string(),
  states: z.array(
    z.strictObject({
      id: z.string().regex(/^[A-Z]{3}$/, 'id must be ISO alpha-3'),
      demonym: z.string().min(1),
      source: sourceSchema,
    }),
  ),
  actors: z.array(petrarchActorSchema),
});

export type PetrarchActor = z.infer<typeof petrarchActorSchema>;
export type PetrarchFile = z.infer<typeof petrarchFileSchema>;
