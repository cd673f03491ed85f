// The zod schema an actors file must meet: a JSON array of Actor-shaped entries.
import { z } from 'zod';
import { ACTOR_TYPES } from '../types.ts';

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
  demonyms: z.array(z.string()).optional(),
  capital: z.string().nullable().optional(),
});

export const actorFileSchema = z.array(actorEntrySchema);
