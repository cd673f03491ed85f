// Metric math for the gold-set scorer: span resolution, matching and precision/recall/F1.
// Pure functions, no I/O, so that tests/eval/metrics.test.ts can check them by hand.

export interface Span {
  start: number;
  end: number;
}

export interface LinkedSpan extends Span {
  actorId: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  /** Null when undefined (no predictions for precision, no gold items for recall). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface RelationTriple {
  source: string;
  target: string;
  type: string;
}

/** The relation types the scorer treats as undirected (source and target may be swapped). */
export const UNDIRECTED_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE']);

/** Structural types, reported apart from event types. */
export const STRUCTURAL_TYPES: ReadonlySet<string> = new Set(['LEADS', 'MEMBER_OF', 'PART_OF']);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Offsets of the `occurrence`-th (1-based) whole-word match of `surface` in `text`: a match counts
 * only when the characters just before and after it are not letters or digits. Null when there is
 * no such occurrence.
 */
export function resolveOccurrence(text: string, surface: string, occurrence = 1): Span | null {
  if (surface.length === 0 || occurrence < 1) return null;
  let seen = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(surface, from);
    if (at < 0) return null;
    const before = at > 0 ? text[at - 1] : '';
    const after = at + surface.length < text.length ? text[at + surface.length] : '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) {
      seen += 1;
      if (seen === occurrence) return { start: at, end: at + surface.length };
    }
    from = at + 1;
  }
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Precision, recall and F1 from counts. F1 is null only when both precision and recall are. */
export function scores(counts: Counts): Scores {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else {
    const p = precision ?? 0;
    const r = recall ?? 0;
    f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  return { ...counts, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface SpanMatch<G extends Span, P extends Span> {
  counts: Counts;
  /** Matched pairs (gold, predicted). */
  pairs: Array<[G, P]>;
  missed: G[];
  spurious: P[];
}

/**
 * One-to-one matching of predicted to gold spans. Exact mode pairs identical offsets; lenient mode
 * pairs overlapping spans, preferring exact matches and then the largest overlap. Duplicate
 * predictions of the same offsets count once.
 */
export function matchSpans<G extends Span, P extends Span>(
  gold: readonly G[],
  predicted: readonly P[],
  mode: 'exact' | 'lenient',
): SpanMatch<G, P> {
  const seen = new Set<string>();
  const preds: P[] = [];
  for (const p of predicted) {
    const key = `${p.start}:${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    preds.push(p);
  }
  const candidates: Array<{ g: number; p: number; exact: boolean; overlap: number }> = [];
  gold.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const exact = g.start === p.start && g.end === p.end;
      if (mode === 'exact' ? exact : overlaps(g, p)) {
        const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        candidates.push({ g: gi, p: pi, exact, overlap });
      }
    });
  });
  candidates.sort(
    (a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.g - b.g || a.p - b.p,
  );
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[G, P]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g], preds[c.p]]);
  }
  const missed = gold.filter((_, i) => !usedG.has(i));
  const spurious = preds.filter((_, i) => !usedP.has(i));
  return {
    counts: { tp: pairs.length, fp: spurious.length, fn: missed.length },
    pairs,
    missed,
    spurious,
  };
}

/** Linking accuracy over span-matched pairs: how many carry the gold actor id. */
export function linkingAccuracy(pairs: ReadonlyArray<[LinkedSpan, LinkedSpan]>): {
  correct: number;
  total: number;
  accuracy: number | null;
} {
  const correct = pairs.filter(([g, p]) => g.actorId === p.actorId).length;
  return { correct, total: pairs.length, accuracy: ratio(correct, pairs.length) };
}

/** Key of a relation for matching: undirected types put the two ends in sorted order. */
export function relationKey(r: RelationTriple): string {
  let { source, target } = r;
  if (UNDIRECTED_TYPES.has(r.type) && target < source) [source, target] = [target, source];
  return `${source}|${r.type}|${target}`;
}

export interface RelationMatch<R extends RelationTriple> {
  counts: Counts;
  matched: R[];
  missed: R[];
  spurious: R[];
}

/**
 * Set matching of relations within one sentence on (source, target, type); undirected types match in
 * either direction. Duplicates (same key) on either side count once.
 */
export function matchRelations<R extends RelationTriple>(
  gold: readonly R[],
  predicted: readonly R[],
): RelationMatch<R> {
  const goldByKey = new Map<string, R>();
  for (const g of gold) if (!goldByKey.has(relationKey(g))) goldByKey.set(relationKey(g), g);
  const predByKey = new Map<string, R>();
  for (const p of predicted) if (!predByKey.has(relationKey(p))) predByKey.set(relationKey(p), p);
  const matched: R[] = [];
  const missed: R[] = [];
  const spurious: R[] = [];
  for (const [key, g] of goldByKey) (predByKey.has(key) ? matched : missed).push(g);
  for (const [key, p] of predByKey) if (!goldByKey.has(key)) spurious.push(p);
  return {
    counts: { tp: matched.length, fp: spurious.length, fn: missed.length },
    matched,
    missed,
    spurious,
  };
}

/** Counts of a relation match split by a grouping function (type, quad class, …). */
export function countsBy<R extends RelationTriple>(
  match: RelationMatch<R>,
  group: (r: R) => string,
): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const bump = (r: R, field: keyof Counts): void => {
    const key = group(r);
    const c = out.get(key) ?? { ...ZERO };
    c[field] += 1;
    out.set(key, c);
  };
  for (const r of match.matched) bump(r, 'tp');
  for (const r of match.spurious) bump(r, 'fp');
  for (const r of match.missed) bump(r, 'fn');
  return out;
}

/** Adds every entry of `from` into `into` (mutates and returns `into`). */
export function mergeCountMaps(
  into: Map<string, Counts>,
  from: ReadonlyMap<string, Counts>,
): Map<string, Counts> {
  for (const [k, v] of from) into.set(k, addCounts(into.get(k) ?? ZERO, v));
  return into;
}
