// Scores extraction against the team's own gold set (eval/team-gold/, sentences the team wrote).
// Reads eval/team-gold/sentences.jsonl (or the file given with `--gold <file>`), runs extractArticle on
// each sentence as its own article and prints entity P/R/F1 (exact and lenient spans), linking
// accuracy, relation P/R/F1 overall, per quad class and per type (structural apart from events), and
// the sentences with the most errors (`--all-errors`: every sentence with errors, every error).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadActorRegistry, type ActorRegistry } from '../ingest/actors/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import type { Article, Extraction } from '../ingest/types.ts';
import {
  STRUCTURAL_TYPES,
  ZERO,
  addCounts,
  countsBy,
  linkingAccuracy,
  matchRelations,
  matchSpans,
  mergeCountMaps,
  resolveOccurrence,
  scores,
  type Counts,
  type LinkedSpan,
  type RelationTriple,
  type Scores,
} from './metrics.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

interface GoldEntity {
  text: string;
  occurrence: number;
  actorId: string;
  type: string;
}

interface GoldRelation extends RelationTriple {
  modality?: string;
}

interface GoldSentence {
  id: string;
  text: string;
  date: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  notes?: string;
}

interface OntologyType {
  id: string;
  quadClass: string | null;
}

type ExtractFn = (article: Article, registry: ActorRegistry) => Extraction;

export function readGold(path: string): GoldSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldSentence;
      } catch (error) {
        throw new Error(
          `entente/eval/team-gold: ${path}:${i + 1}: not valid JSON (${(error as Error).message})`,
          {
            cause: error,
          },
        );
      }
    });
}

function goldArticle(s: GoldSentence): Article {
  return {
    id: s.id,
    title: s.id,
    text: s.text,
    url: null,
    source: null,
    publishedAt: s.date,
    origin: s.id,
  };
}

function fmt(n: number | null): string {
  return n === null ? '  n/a' : (n * 100).toFixed(1).padStart(5);
}

function line(label: string, s: Scores): string {
  return `  ${label.padEnd(24)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function rel(r: RelationTriple): string {
  return `${r.source} -${r.type}-> ${r.target}`;
}

interface SentenceErrors {
  id: string;
  text: string;
  errors: number;
  details: string[];
}

export interface EvalReport {
  sentences: number;
  goldMentions: number;
  goldRelations: number;
  entities: { exact: Scores; lenient: Scores };
  linking: { correct: number; total: number; accuracy: number | null };
  relations: {
    all: Scores;
    events: Scores;
    structural: Scores;
    byQuadClass: Record<string, Scores>;
    byType: Record<string, Scores>;
  };
  unresolvedGold: string[];
  worst: SentenceErrors[];
}

export function evaluate(
  gold: GoldSentence[],
  registry: ActorRegistry,
  extract: ExtractFn,
  quadOf: Map<string, string | null>,
  worstLimit = 10,
): EvalReport {
  let exact: Counts = { ...ZERO };
  let lenient: Counts = { ...ZERO };
  let events: Counts = { ...ZERO };
  let structural: Counts = { ...ZERO };
  const linkPairs: Array<[LinkedSpan, LinkedSpan]> = [];
  const byQuad = new Map<string, Counts>();
  const byType = new Map<string, Counts>();
  const unresolvedGold: string[] = [];
  const perSentence: SentenceErrors[] = [];

  for (const s of gold) {
    const goldSpans: LinkedSpan[] = [];
    for (const e of s.entities) {
      const span = resolveOccurrence(s.text, e.text, e.occurrence);
      if (span) goldSpans.push({ ...span, actorId: e.actorId });
      else unresolvedGold.push(`${s.id}: "${e.text}" #${e.occurrence}`);
    }
    let extraction: Extraction;
    const details: string[] = [];
    try {
      extraction = extract(goldArticle(s), registry);
    } catch (error) {
      details.push(`extractor threw: ${(error as Error).message}`);
      extraction = {
        article: goldArticle(s),
        actors: [],
        mentions: [],
        relations: [],
        sentenceCount: 0,
        wordCount: 0,
      };
    }
    const predSpans: LinkedSpan[] = extraction.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      actorId: m.actorId,
    }));

    const ex = matchSpans(goldSpans, predSpans, 'exact');
    const le = matchSpans(goldSpans, predSpans, 'lenient');
    exact = addCounts(exact, ex.counts);
    lenient = addCounts(lenient, le.counts);
    linkPairs.push(...ex.pairs);
    for (const g of ex.missed)
      details.push(`missed mention "${s.text.slice(g.start, g.end)}" (${g.actorId})`);
    for (const p of ex.spurious)
      details.push(`spurious mention "${s.text.slice(p.start, p.end)}" (${p.actorId})`);
    for (const [g, p] of ex.pairs) {
      if (g.actorId !== p.actorId)
        details.push(
          `mislinked "${s.text.slice(g.start, g.end)}": ${p.actorId}, gold ${g.actorId}`,
        );
    }

    const predRel: RelationTriple[] = extraction.relations.map((r) => ({
      source: r.source,
      target: r.target,
      type: r.type,
    }));
    const rm = matchRelations<RelationTriple>(s.relations, predRel);
    const split = (r: RelationTriple): string =>
      STRUCTURAL_TYPES.has(r.type) ? 'structural' : 'events';
    const parts = countsBy(rm, split);
    events = addCounts(events, parts.get('events') ?? ZERO);
    structural = addCounts(structural, parts.get('structural') ?? ZERO);
    mergeCountMaps(
      byQuad,
      countsBy(rm, (r) =>
        STRUCTURAL_TYPES.has(r.type) ? 'STRUCTURAL' : (quadOf.get(r.type) ?? 'UNKNOWN_TYPE'),
      ),
    );
    mergeCountMaps(
      byType,
      countsBy(rm, (r) => r.type),
    );
    for (const r of rm.missed) details.push(`missed relation ${rel(r)}`);
    for (const r of rm.spurious) details.push(`spurious relation ${rel(r)}`);

    const errors =
      ex.counts.fp +
      ex.counts.fn +
      (ex.pairs.length - ex.pairs.filter(([g, p]) => g.actorId === p.actorId).length) +
      rm.counts.fp +
      rm.counts.fn;
    perSentence.push({ id: s.id, text: s.text, errors, details });
  }

  const toRecord = (m: Map<string, Counts>): Record<string, Scores> =>
    Object.fromEntries(
      [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, scores(v)]),
    );

  return {
    sentences: gold.length,
    goldMentions: gold.reduce((n, s) => n + s.entities.length, 0),
    goldRelations: gold.reduce((n, s) => n + s.relations.length, 0),
    entities: { exact: scores(exact), lenient: scores(lenient) },
    linking: linkingAccuracy(linkPairs),
    relations: {
      all: scores(addCounts(events, structural)),
      events: scores(events),
      structural: scores(structural),
      byQuadClass: toRecord(byQuad),
      byType: toRecord(byType),
    },
    unresolvedGold,
    worst: perSentence
      .filter((s) => s.errors > 0)
      .sort((a, b) => b.errors - a.errors || a.id.localeCompare(b.id))
      .slice(0, worstLimit),
  };
}

function printReport(r: EvalReport, allErrors: boolean): void {
  const out: string[] = [];
  out.push(
    `Entente gold set: ${r.sentences} sentences, ${r.goldMentions} gold mentions, ${r.goldRelations} gold relations`,
  );
  out.push('', 'Entities');
  out.push(line('exact span', r.entities.exact));
  out.push(line('lenient (overlap)', r.entities.lenient));
  out.push(
    `  linking accuracy          ${fmt(r.linking.accuracy)}   (${r.linking.correct} of ${r.linking.total} exact-span matches)`,
  );
  out.push('', 'Relations (source, target, type; CONSULT/COOPERATE undirected)');
  out.push(line('all', r.relations.all));
  out.push(line('events', r.relations.events));
  out.push(line('structural', r.relations.structural));
  out.push('', '  by quad class');
  for (const [k, v] of Object.entries(r.relations.byQuadClass)) out.push(line(`  ${k}`, v));
  out.push('', '  by type');
  for (const [k, v] of Object.entries(r.relations.byType)) out.push(line(`  ${k}`, v));
  if (r.unresolvedGold.length > 0) {
    out.push('', `Gold mentions that could not be located (${r.unresolvedGold.length}):`);
    for (const u of r.unresolvedGold) out.push(`  ${u}`);
  }
  out.push('', allErrors ? 'All sentences with errors' : 'Worst sentences');
  const shown = allErrors ? Infinity : 8;
  for (const w of r.worst) {
    out.push(`  ${w.id} (${w.errors} errors): ${w.text}`);
    for (const d of w.details.slice(0, shown)) out.push(`      - ${d}`);
    if (w.details.length > shown) out.push(`      - … ${w.details.length - shown} more`);
  }
  console.log(out.join('\n'));
}

function goldPathFrom(argv: string[]): string | null {
  const i = argv.indexOf('--gold');
  if (i === -1) return null;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--'))
    throw new Error('entente/eval/team-gold: --gold needs a file path');
  return resolve(value);
}

/** `npm run eval -- --team [--json] [--all-errors] [--gold file]`. */
export async function runTeamGold(argv: string[]): Promise<EvalReport> {
  const json = argv.includes('--json');
  // --all-errors lists every sentence with errors and every error (default: the 10 worst, 8 each).
  const allErrors = argv.includes('--all-errors');
  // --gold <file> scores another gold file (e.g. eval/team-gold/heldout.jsonl); default sentences.jsonl.
  const goldPath = goldPathFrom(argv) ?? join(here, 'team-gold', 'sentences.jsonl');
  const gold = readGold(goldPath);
  const ontology = JSON.parse(
    readFileSync(join(root, 'ingest', 'ontology', 'relation-types.json'), 'utf8'),
  ) as { types: OntologyType[] };
  const quadOf = new Map(ontology.types.map((t) => [t.id, t.quadClass]));
  const registry = loadActorRegistry();
  const extract: ExtractFn = extractArticle;
  const report = evaluate(gold, registry, extract, quadOf, allErrors ? Infinity : 10);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, allErrors);
  return report;
}
