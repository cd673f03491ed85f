// Checks the seed article (../shared/seed, read at run time as it came off the web) against what it states
// (eval/seed/expected.json, in the team's words): each stated relation found, nothing else, no page chrome as actors.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadActorRegistry, type ActorRegistry } from '../../ingest/actors/index.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { readInputs } from '../../ingest/read/index.ts';
import type { Actor, Extraction, Relation } from '../../ingest/types.ts';
import { QUAD_CLASSES } from '../../ingest/types.ts';
import { EVAL_DIR } from '../real-news.ts';
import expectedData from './expected.json' with { type: 'json' };

export const SEED_DIR = join(EVAL_DIR, '..', 'seed');

const expectedSchema = z.strictObject({
  about: z.string(),
  relations: z.array(
    z.strictObject({
      what: z.string(),
      source: z.string(),
      target: z.string(),
      quadClass: z.enum(QUAD_CLASSES).optional(),
      type: z.string().optional(),
      symmetric: z.boolean().optional(),
    }),
  ),
  notActors: z.array(z.string()),
});
export const seedExpected = expectedSchema.parse(expectedData);
export type SeedRelation = (typeof seedExpected.relations)[number];

export interface SeedReport {
  file: string;
  found: Array<SeedRelation & { rule: string; sentence: string }>;
  missing: SeedRelation[];
  /** Relations that are none of the stated ones: boilerplate or a wrong reading. */
  extra: Array<{ source: string; type: string; target: string; rule: string; sentence: string }>;
  chromeActors: string[];
}

export function seedAvailable(): boolean {
  return existsSync(SEED_DIR) && readdirSync(SEED_DIR).some((f) => f.endsWith('.txt'));
}

/** The state-level key of an actor: its state for persons and bodies, else its own id in capitals. */
export function stateKey(actor: Actor | undefined, id: string): string {
  return (actor?.countryCode ?? id).toUpperCase();
}

function matches(r: Relation, e: SeedRelation, keyOf: (id: string) => string): boolean {
  const s = keyOf(r.source);
  const t = keyOf(r.target);
  const ends =
    (s === e.source && t === e.target) || (!!e.symmetric && s === e.target && t === e.source);
  return ends && (e.quadClass ? r.quadClass === e.quadClass : r.type === e.type);
}

export function checkSeed(
  extraction: Extraction,
  registry: ActorRegistry,
): Omit<SeedReport, 'file'> {
  const actors = new Map(extraction.actors.map((a) => [a.id, a]));
  const keyOf = (id: string): string => stateKey(actors.get(id) ?? registry.get(id), id);
  const found: SeedReport['found'] = [];
  const missing: SeedRelation[] = [];
  for (const e of seedExpected.relations) {
    const r = extraction.relations.find((x) => matches(x, e, keyOf));
    if (r) found.push({ ...e, rule: r.rule, sentence: r.sentence });
    else missing.push(e);
  }
  const extra = extraction.relations
    .filter((r) => !seedExpected.relations.some((e) => matches(r, e, keyOf)))
    // Structural facts from titles ("Russian President Vladimir Putin") are not statements of the article.
    .filter((r) => r.quadClass !== null || r.type === 'ALLY_OF')
    .map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      rule: r.rule,
      sentence: r.sentence,
    }));
  const chrome = new Set(seedExpected.notActors.map((n) => n.toLowerCase()));
  const chromeActors = extraction.actors
    .filter((a) => chrome.has(a.name.toLowerCase()))
    .map((a) => a.name);
  return { found, missing, extra, chromeActors };
}

/** Reads each seed file as `entente ingest` would and checks it. */
export async function evaluateSeed(registry = loadActorRegistry()): Promise<SeedReport[]> {
  const files = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(SEED_DIR, f));
  const reports: SeedReport[] = [];
  for await (const read of readInputs(files)) {
    if (!read.ok) throw new Error(`entente/eval: seed ${read.origin}: ${read.error}`);
    const extraction = extractArticle(read.article, registry);
    reports.push({ file: read.article.origin, ...checkSeed(extraction, registry) });
  }
  return reports;
}

export function formatSeed(r: SeedReport): string {
  const total = seedExpected.relations.length;
  const out = [
    `Seed article: ${r.found.length} of ${total} stated relations found, ${r.extra.length} other relation(s), ${r.chromeActors.length} page-chrome actor(s)`,
  ];
  for (const m of r.missing) out.push(`  missing: ${m.what} (${m.source} → ${m.target})`);
  for (const x of r.extra) out.push(`  other:   ${x.source} ${x.type} ${x.target} [${x.rule}]`);
  for (const a of r.chromeActors) out.push(`  chrome actor: ${a}`);
  return out.join('\n');
}
