// Review of statements: accept, reject, correct or reset one statement, in one transaction with its audit entry,
// the aggregates it feeds recomputed at once. A rejected statement is relabelled :RejectedStatement: it stays as
// evidence of the decision, and every query, view and aggregate over :Statement leaves it out. The writer keeps
// reviewed statements through re-ingests (graph/write-extraction.ts).
import { QUAD_CLASSES, RELATION_TYPES, type QuadClass } from '../ingest/ontology/vocabulary.ts';
import { recordAudit } from './audit.ts';
import type { Database } from './database.ts';
import { relationshipType } from './model.ts';
import { formatRelationId } from './relation-id.ts';
import { rebuildRelations, type Run } from './aggregates.ts';

export const REVIEW_STATES = ['unreviewed', 'accepted', 'rejected', 'corrected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a correction may change; the extracted values are kept as original*. */
export interface Correction {
  type?: string;
  quadClass?: QuadClass | null;
  date?: string | null;
  /** Swap source and target. */
  reverse?: boolean;
  source?: string;
  target?: string;
}

export type ReviewAction =
  | { action: 'accept' }
  | { action: 'reject' }
  | { action: 'correct'; correction: Correction }
  /** Back to unreviewed, the extracted values restored. */
  | { action: 'reset' };

export interface Reviewer {
  user: string;
  note?: string | null;
}

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly kind: 'not_found' | 'invalid',
  ) {
    super(`entente/graph/review: ${message}`);
    this.name = 'ReviewError';
  }
}

/** The statement fields a review reads or writes. */
export interface StatementSnapshot {
  id: string;
  relationId: string;
  source: string;
  target: string;
  type: string;
  quadClass: string | null;
  score: number;
  date: string | null;
  reviewState: ReviewState;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  original: {
    type: string;
    source: string;
    target: string;
    quadClass: string | null;
    score: number;
    date: string | null;
  } | null;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ORIGINAL_FIELDS = ['type', 'source', 'target', 'quadClass', 'score', 'date'] as const;
const originalKey = (f: string) => `original${f[0].toUpperCase()}${f.slice(1)}`;

function snapshot(p: Record<string, unknown>): StatementSnapshot {
  const hasOriginal = p.originalType !== undefined && p.originalType !== null;
  return {
    id: p.id as string,
    relationId: p.relationId as string,
    source: p.source as string,
    target: p.target as string,
    type: p.type as string,
    quadClass: (p.quadClass as string | null) ?? null,
    score: p.score as number,
    date: (p.date as string | null) ?? null,
    reviewState: ((p.reviewState as ReviewState | undefined) ?? 'unreviewed') as ReviewState,
    reviewedBy: (p.reviewedBy as string | null) ?? null,
    reviewedAt: (p.reviewedAt as string | null) ?? null,
    reviewNote: (p.reviewNote as string | null) ?? null,
    original: hasOriginal
      ? (Object.fromEntries(
          ORIGINAL_FIELDS.map((f) => [f, p[originalKey(f)] ?? null]),
        ) as StatementSnapshot['original'])
      : null,
  };
}

const FIND = `CALL () {
       MATCH (s:Statement {id: $id}) RETURN s
       UNION
       MATCH (s:RejectedStatement {id: $id}) RETURN s
     }`;

/** The statement's new values under a correction; throws on a correction that is not valid. */
async function corrected(
  run: Run,
  before: StatementSnapshot,
  c: Correction,
): Promise<Partial<StatementSnapshot>> {
  let { source, target, type, quadClass, score, date } = before;
  if (c.type !== undefined && c.type !== type) {
    const info = RELATION_TYPES.find((t) => t.id === c.type);
    if (!info) throw new ReviewError(`unknown relation type "${c.type}"`, 'invalid');
    type = relationshipType(info.id);
    quadClass = info.quadClass;
    score = info.score;
  }
  if (c.quadClass !== undefined) {
    if (c.quadClass !== null && !QUAD_CLASSES.includes(c.quadClass))
      throw new ReviewError(`unknown quad class "${c.quadClass}"`, 'invalid');
    quadClass = c.quadClass;
  }
  if (c.date !== undefined) {
    if (c.date !== null && !DATE.test(c.date))
      throw new ReviewError(`date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${c.date}"`, 'invalid');
    date = c.date;
  }
  if (c.source !== undefined) source = c.source;
  if (c.target !== undefined) target = c.target;
  if (c.reverse) [source, target] = [target, source];
  if (source === target) throw new ReviewError('source and target must differ', 'invalid');
  const known = await run('MATCH (a:Actor) WHERE a.id IN $ids RETURN collect(a.id) AS ids', {
    ids: [source, target],
  });
  const found = known.records[0].get('ids') as string[];
  for (const id of [source, target])
    if (!found.includes(id)) throw new ReviewError(`no actor "${id}"`, 'invalid');
  const after = { source, target, type, quadClass, score, date };
  if (ORIGINAL_FIELDS.every((f) => after[f] === before[f]))
    throw new ReviewError('the correction changes nothing', 'invalid');
  return { ...after, relationId: formatRelationId({ source, type, target }) };
}

export interface ReviewResult {
  before: StatementSnapshot;
  after: StatementSnapshot;
}

/** Applies one review action to one statement, with its audit entry, in one transaction. */
export async function reviewStatement(
  db: Database,
  id: string,
  review: ReviewAction,
  reviewer: Reviewer,
): Promise<ReviewResult> {
  return db.writeTransaction(
    async (run) => {
      const found = await run(`${FIND} RETURN s {.*} AS s`, { id });
      if (found.records.length === 0) throw new ReviewError(`no statement "${id}"`, 'not_found');
      const before = snapshot(found.records[0].get('s') as Record<string, unknown>);

      const at = new Date().toISOString();
      const stamp = {
        reviewedBy: reviewer.user,
        reviewedAt: at,
        reviewNote: reviewer.note ?? null,
      };
      let props: Record<string, unknown>;
      if (review.action === 'accept') props = { reviewState: 'accepted', ...stamp };
      else if (review.action === 'reject') props = { reviewState: 'rejected', ...stamp };
      else if (review.action === 'correct') {
        const values = await corrected(run, before, review.correction);
        // The extracted values are kept once, at the first correction.
        const original = before.original
          ? {}
          : Object.fromEntries(ORIGINAL_FIELDS.map((f) => [originalKey(f), before[f]]));
        props = { ...values, ...original, reviewState: 'corrected', ...stamp };
      } else {
        const o = before.original;
        const restored = o
          ? { ...o, relationId: formatRelationId(o), ...nulls(ORIGINAL_FIELDS.map(originalKey)) }
          : {};
        props = {
          ...restored,
          ...nulls(['reviewState', 'reviewedBy', 'reviewedAt', 'reviewNote']),
        };
      }

      const label =
        review.action === 'reject'
          ? 'REMOVE s:Statement SET s:RejectedStatement'
          : 'REMOVE s:RejectedStatement SET s:Statement';
      const updated = await run(
        `${FIND}
         SET s += $props
         ${label}
         WITH s
         CALL (s) {
           MATCH (s)-[r:SOURCE|TARGET]->(a:Actor)
           WHERE (type(r) = 'SOURCE' AND a.id <> s.source) OR (type(r) = 'TARGET' AND a.id <> s.target)
           DELETE r
         }
         CALL (s) {
           MATCH (src:Actor {id: s.source}), (tgt:Actor {id: s.target})
           MERGE (s)-[:SOURCE]->(src)
           MERGE (s)-[:TARGET]->(tgt)
         }
         RETURN s {.*} AS s`,
        { id, props },
      );
      const after = snapshot(updated.records[0].get('s') as Record<string, unknown>);
      await rebuildRelations(run, [...new Set([before.relationId, after.relationId])]);
      await recordAudit(run, {
        user: reviewer.user,
        action: `statement.${review.action}`,
        subjectType: 'statement',
        subjectId: id,
        before,
        after,
        note: reviewer.note ?? null,
      });
      return { before, after };
    },
    { metadata: { app: 'entente', op: 'reviewStatement' } },
  );
}

const nulls = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, null]));
