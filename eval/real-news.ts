// Scores extraction on real news: the annotated set in ../shared/eval/real-dev, read at run time (never copied
// into the repository) and scored by that set's own scorer, split into a tuning part and the team's held-out part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadActorRegistry, type ActorRegistry } from '../ingest/actors/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { QUAD_CLASSES, type Extraction } from '../ingest/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared evaluation folder beside the project (CI has it too); ENTENTE_EVAL_DIR points elsewhere. */
export const EVAL_DIR = resolve(process.env.ENTENTE_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
export const REAL_DEV = join(EVAL_DIR, 'real-dev');
/** Every HELD_OUT_EVERY-th source article, in order of first appearance, is the team's held-out part. */
const HELD_OUT_EVERY = 5;
/** Confidence bands for "how far can I trust a relation of this confidence". */
const BANDS: Array<[number, number]> = [
  [0, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

export interface GoldLine {
  id: string;
  date: string | null;
  text: string;
  source: string;
  actors: string[];
  relations: Array<{ s: string; t: string; q: string | string[]; sym?: boolean }>;
}

/** What the scorer reads: the `entente extract --format jsonl` fields it uses. */
interface SystemLine {
  id: string;
  actors: Array<{
    id: string;
    name: string;
    aliases: string[];
    countryCode: string | null;
    type: string;
  }>;
  relations: Array<{
    source: string;
    target: string;
    quadClass: string | null;
    confidence: number;
  }>;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface ScorerReport {
  sentences: number;
  entities: PRF;
  relations: PRF;
}

export interface RealNewsReport {
  split: string;
  sentences: number;
  goldRelations: number;
  entities: PRF;
  relations: PRF;
  perQuad: Record<string, PRF & { gold: number }>;
  /** Precision of the event relations whose confidence falls in each band, and how many there are. */
  bands: Array<{ band: string; n: number; p: number | null }>;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (error) {
        throw new Error(`entente/eval: ${path}:${i + 1}: not valid JSON`, { cause: error });
      }
    });
}

export function realDevAvailable(): boolean {
  return existsSync(join(REAL_DEV, 'gold.jsonl')) && existsSync(join(EVAL_DIR, 'score.mjs'));
}

/** Splits the gold by source article: whole articles go to the held-out part, as the hidden sets use other articles. */
export function splitGold(gold: GoldLine[]): { tune: GoldLine[]; heldOut: GoldLine[] } {
  const sources: string[] = [];
  for (const g of gold) if (!sources.includes(g.source)) sources.push(g.source);
  const held = new Set(sources.filter((_, i) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1));
  return {
    tune: gold.filter((g) => !held.has(g.source)),
    heldOut: gold.filter((g) => held.has(g.source)),
  };
}

function systemLine(id: string, ex: Extraction): SystemLine {
  return {
    id,
    actors: ex.actors.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      countryCode: a.countryCode,
      type: a.type,
    })),
    relations: ex.relations.map((r) => ({
      source: r.source,
      target: r.target,
      quadClass: r.quadClass,
      confidence: r.confidence,
    })),
  };
}

/** Runs the extractor on each gold sentence as its own article, as `entente extract` does. */
export function extractGold(gold: GoldLine[], registry: ActorRegistry): SystemLine[] {
  return gold.map((g) =>
    systemLine(
      g.id,
      extractArticle(
        {
          id: g.id,
          title: g.id,
          text: g.text,
          url: null,
          source: null,
          publishedAt: g.date,
          origin: g.id,
        },
        registry,
      ),
    ),
  );
}

/** The shared scorer on a gold and a system list; returns its JSON report. */
export function runScorer(gold: GoldLine[], system: SystemLine[]): ScorerReport {
  const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'));
  try {
    const goldPath = join(dir, 'gold.jsonl');
    const sysPath = join(dir, 'system.jsonl');
    writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    writeFileSync(sysPath, system.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const run = spawnSync(
      process.execPath,
      [join(EVAL_DIR, 'score.mjs'), goldPath, sysPath, join(REAL_DEV, 'aliases.json')],
      { encoding: 'utf8', env: { ...process.env, SCORE_VERBOSE: '' } },
    );
    if (run.status !== 0) throw new Error(`entente/eval: the scorer failed: ${run.stderr}`);
    const json = run.stdout.split('\n').find((l) => l.startsWith('{'));
    if (!json) throw new Error(`entente/eval: no report from the scorer: ${run.stdout}`);
    return JSON.parse(json) as ScorerReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const accepts = (q: string | string[], quad: string): boolean => [q].flat().includes(quad);

export function scoreRealNews(
  split: string,
  gold: GoldLine[],
  system: SystemLine[],
): RealNewsReport {
  const all = runScorer(gold, system);
  const perQuad: RealNewsReport['perQuad'] = {};
  for (const quad of QUAD_CLASSES) {
    // Gold relations that accept this class (a list accepts several), system relations of this class.
    const g = gold.map((l) => ({ ...l, relations: l.relations.filter((r) => accepts(r.q, quad)) }));
    const s = system.map((l) => ({
      ...l,
      relations: l.relations.filter((r) => r.quadClass === quad),
    }));
    const n = g.reduce((sum, l) => sum + l.relations.length, 0);
    perQuad[quad] = { ...runScorer(g, s).relations, gold: n };
  }
  const bands = BANDS.map(([lo, hi]) => {
    const s = system.map((l) => ({
      ...l,
      relations: l.relations.filter((r) => r.quadClass && r.confidence >= lo && r.confidence < hi),
    }));
    const n = s.reduce((sum, l) => sum + l.relations.length, 0);
    return {
      band: `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}`,
      n,
      p: n === 0 ? null : runScorer(gold, s).relations.p,
    };
  });
  return {
    split,
    sentences: gold.length,
    goldRelations: gold.reduce((sum, l) => sum + l.relations.length, 0),
    entities: all.entities,
    relations: all.relations,
    perQuad,
    bands,
  };
}

/** Scores the named parts of the real-news dev set: "tune", "held-out" or "all". */
export function evaluateRealNews(
  parts: string[],
  registry = loadActorRegistry(),
): RealNewsReport[] {
  const gold = readJsonl<GoldLine>(join(REAL_DEV, 'gold.jsonl'));
  const { tune, heldOut } = splitGold(gold);
  const byName: Record<string, GoldLine[]> = { tune, 'held-out': heldOut, all: gold };
  return parts.map((part) => {
    const g = byName[part];
    if (!g) throw new Error(`entente/eval: unknown part "${part}" (tune, held-out, all)`);
    return scoreRealNews(part, g, extractGold(g, registry));
  });
}

const pct = (n: number | null): string => (n === null ? '  n/a' : (n * 100).toFixed(1).padStart(5));

export function formatRealNews(r: RealNewsReport): string {
  const out = [
    `Real news, ${r.split}: ${r.sentences} sentences, ${r.goldRelations} gold relations`,
    `  entities                 P ${pct(r.entities.p)}  R ${pct(r.entities.r)}  F1 ${pct(r.entities.f1)}`,
    `  relations                P ${pct(r.relations.p)}  R ${pct(r.relations.r)}  F1 ${pct(r.relations.f1)}`,
  ];
  for (const [quad, s] of Object.entries(r.perQuad))
    out.push(
      `    ${quad.padEnd(22)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   (gold ${s.gold})`,
    );
  out.push('  precision by confidence');
  for (const b of r.bands) out.push(`    ${b.band.padEnd(22)} P ${pct(b.p)}   (${b.n} relations)`);
  return out.join('\n');
}
