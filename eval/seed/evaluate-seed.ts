// Checks the seed article (../shared/seed, read at run time as it came off the web) against what it states
// (eval/seed/expected.json, in the team's words): each stated relation found, nothing else, no page chrome as actors.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { readInputs } from '../../ingest/read/index.ts';
import type { Extraction } from '../../ingest/types.ts';
import { QUAD_CLASSES } from '../../ingest/types.ts';
import { EVAL_DIR } from '../real-news.ts';
import expectedData from './expected.json' with { type: 'json' };

export const SEED_DIR = join(EVAL_DIR, '..', 'seed');

const expectedSchema = z.strictObject({
  about: z.string(),
  relations: z.array(
    z.strictObject({
      name: z.string(),
      sources: z.array(z.string()).min(1),
      targets: z.array(z.string()).min(1),
      /** Either direction counts (a shared activity, an alliance). */
      symmetric: z.boolean().optional(),
      types: z.array(z.string()).optional(),
      quadClasses: z.array(z.enum(QUAD_CLASSES)).optional(),
      /** A few words of the evidence sentence: the relation must come from that sentence. */
      evidence: z.string().min(3),
      /** What extraction does not find yet: the test expects it to fail until it does. */
      pending: z.string().optional(),
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
  /** Relations that are none of the expected ones: the body's other statements, a wrong reading, or chrome. */
  extra: Array<{ source: string; type: string; target: string; rule: string; sentence: string }>;
  chromeActors: string[];
}

export function seedAvailable(): boolean {
  return existsSync(SEED_DIR) && readdirSync(SEED_DIR).some((f) => f.endsWith('.txt'));
}

/** A statement counts for an expected relation when its ends, its type or class and its sentence fit. */
export function seedMatches(
  r: { source: string; target: string; type: string; quadClass: string | null; sentence: string },
  e: SeedRelation,
): boolean {
  const forward = e.sources.includes(r.source) && e.targets.includes(r.target);
  const backward = e.sources.includes(r.target) && e.targets.includes(r.source);
  if (!forward && !(e.symmetric && backward)) return false;
  const typed = e.types?.includes(r.type) ?? false;
  const classed = (e.quadClasses as string[] | undefined)?.includes(r.quadClass ?? '') ?? false;
  if ((e.types || e.quadClasses) && !typed && !classed) return false;
  return r.sentence.includes(e.evidence);
}

export function checkSeed(extraction: Extraction): Omit<SeedReport, 'file'> {
  const found: SeedReport['found'] = [];
  const missing: SeedRelation[] = [];
  for (const e of seedExpected.relations) {
    const r = extraction.relations.find((x) => seedMatches(x, e));
    if (r) found.push({ ...e, rule: r.rule, sentence: r.sentence });
    else missing.push(e);
  }
  const extra = extraction.relations
    .filter((r) => !seedExpected.relations.some((e) => seedMatches(r, e)))
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
    reports.push({ file: read.article.origin, ...checkSeed(extraction) });
  }
  return reports;
}

export function formatSeed(r: SeedReport): string {
  const total = seedExpected.relations.length;
  const out = [
    `Seed article: ${r.found.length} of ${total} stated relations found, ${r.extra.length} other relation(s), ${r.chromeActors.length} page-chrome actor(s)`,
  ];
  for (const m of r.missing) out.push(`  missing: ${m.name}`);
  for (const x of r.extra) out.push(`  other:   ${x.source} ${x.type} ${x.target} [${x.rule}]`);
  for (const a of r.chromeActors) out.push(`  chrome actor: ${a}`);
  return out.join('\n');
}
