// The aggregated actor→actor relationships, one per relation id, kept equal to their counted statements.
// A write adjusts them by what it changed (an article's statements before and after), in the writer's own
// transaction, so an article costs the same however many statements its relations already hold; `rebuild`
// recomputes them from every statement (`entente db rebuild-aggregates`), and the two always agree.
import type { QueryResult } from 'neo4j-driver';
import type { Database } from './database.ts';
import { RELATION_TYPE_IDS } from '../ingest/ontology/vocabulary.ts';
import { relationshipType } from './model.ts';
import { parseRelationId } from './relation-id.ts';
import { inBatch, KEEP_PLAN } from './stable-plan.ts';

export type Run = (query: string, params?: Record<string, unknown>) => Promise<QueryResult>;

/**
 * The one test of whether a Statement `s` counts in its relation's aggregates. A rejected statement is relabelled
 * :RejectedStatement (graph/review-statements.ts), so it is never matched; the review state guards the same rule.
 */
export const COUNTED = `coalesce(s.reviewState, 'unreviewed') <> 'rejected'`;

/** What one article's counted statements give one relation. */
export interface Contribution {
  relationId: string;
  articleId: string;
  quadClass: string | null;
  count: number;
  scoreSum: number;
  confidenceSum: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The change to apply to one relation's aggregate. */
export interface AggregateDelta {
  id: string;
  source: string;
  target: string;
  type: string;
  quadClass: string | null;
  count: number;
  articleCount: number;
  scoreSum: number;
  confidenceSum: number;
  /** Earliest and latest dates the change added. */
  addedFirst: string | null;
  addedLast: string | null;
  /** Earliest and latest dates the change took away: if one was the relation's bound, the bound is re-read. */
  lostFirst: string | null;
  lostLast: string | null;
}

/** Each article's counted statements, summed per relation. */
export async function articleContributions(
  run: Run,
  articleIds: string[],
): Promise<Contribution[]> {
  const result = await run(
    `${KEEP_PLAN}
     UNWIND $batch.articleIds AS articleId
     MATCH (:Article {id: articleId})<-[:REPORTED_IN]-(s:Statement)
     WHERE ${COUNTED}
     RETURN s.relationId AS relationId, articleId, head(collect(s.quadClass)) AS quadClass,
            count(s) AS count, sum(s.score) AS scoreSum, sum(s.confidence) AS confidenceSum,
            min(s.date) AS firstSeen, max(s.date) AS lastSeen`,
    inBatch({ articleIds }),
  );
  return result.records.map((r) => r.toObject() as Contribution);
}

const minOf = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const maxOf = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

/** The per-relation change from the contributions before a write to those after it. */
export function aggregateDeltas(before: Contribution[], after: Contribution[]): AggregateDelta[] {
  const key = (c: Contribution) => `${c.articleId}\n${c.relationId}`;
  const previous = new Map(before.map((c) => [key(c), c]));
  const deltas = new Map<string, AggregateDelta>();
  const deltaOf = (relationId: string, quadClass: string | null) => {
    let d = deltas.get(relationId);
    if (!d) {
      const parts = parseRelationId(relationId);
      if (!parts)
        throw new Error(`entente/graph/aggregates: malformed relation id "${relationId}"`);
      d = {
        id: relationId,
        source: parts.source,
        target: parts.target,
        type: relationshipType(parts.type),
        quadClass,
        count: 0,
        articleCount: 0,
        scoreSum: 0,
        confidenceSum: 0,
        addedFirst: null,
        addedLast: null,
        lostFirst: null,
        lostLast: null,
      };
      deltas.set(relationId, d);
    }
    d.quadClass ??= quadClass;
    return d;
  };
  for (const now of after) {
    const was = previous.get(key(now));
    previous.delete(key(now));
    const d = deltaOf(now.relationId, now.quadClass);
    d.count += now.count - (was?.count ?? 0);
    d.articleCount += was ? 0 : 1;
    d.scoreSum += now.scoreSum - (was?.scoreSum ?? 0);
    d.confidenceSum += now.confidenceSum - (was?.confidenceSum ?? 0);
    d.addedFirst = minOf(d.addedFirst, now.firstSeen);
    d.addedLast = maxOf(d.addedLast, now.lastSeen);
    if (was?.firstSeen != null && (now.firstSeen === null || now.firstSeen > was.firstSeen))
      d.lostFirst = minOf(d.lostFirst, was.firstSeen);
    if (was?.lastSeen != null && (now.lastSeen === null || now.lastSeen < was.lastSeen))
      d.lostLast = maxOf(d.lostLast, was.lastSeen);
  }
  for (const was of previous.values()) {
    const d = deltaOf(was.relationId, was.quadClass);
    d.count -= was.count;
    d.articleCount -= 1;
    d.scoreSum -= was.scoreSum;
    d.confidenceSum -= was.confidenceSum;
    d.lostFirst = minOf(d.lostFirst, was.firstSeen);
    d.lostLast = maxOf(d.lostLast, was.lastSeen);
  }
  return [...deltas.values()].filter(
    (d) =>
      d.count !== 0 ||
      d.articleCount !== 0 ||
      d.scoreSum !== 0 ||
      d.confidenceSum !== 0 ||
      d.addedFirst !== null ||
      d.lostFirst !== null ||
      d.lostLast !== null,
  );
}

// One small statement per type, the type spelled from the closed list (Cypher 5.26's dynamic types take the first
// row's type for every row; one statement for all types takes seconds to plan, into a plan that holds every row
// between one type's branch and the next). Each is planned once (graph/stable-plan.ts).
// The first SET reads what it writes, so Neo4j locks the relationship before reading it and concurrent writers
// cannot lose an update. A relation that lost its first or last date re-reads that bound from its statements:
// the one case that costs as much as the relation is large.
const APPLY: Record<string, string> = Object.fromEntries(
  RELATION_TYPE_IDS.map((type) => [
    type,
    `${KEEP_PLAN}
     UNWIND $batch.deltas AS d
     MATCH (src:Actor {id: d.source}), (tgt:Actor {id: d.target})
     CALL (src, tgt, d) {
       MERGE (src)-[r:${type}]->(tgt)
       ON CREATE SET r.id = d.id, r.type = d.type, r.count = 0, r.articleCount = 0,
                     r.scoreSum = 0.0, r.confidenceSum = 0.0
       SET r.count = r.count + d.count, r.articleCount = r.articleCount + d.articleCount,
           r.scoreSum = r.scoreSum + d.scoreSum, r.confidenceSum = r.confidenceSum + d.confidenceSum,
           r.quadClass = coalesce(r.quadClass, d.quadClass)
       WITH r, d,
            d.lostFirst IS NOT NULL AND (r.firstSeen IS NULL OR d.lostFirst <= r.firstSeen) AS rereadFirst,
            d.lostLast IS NOT NULL AND (r.lastSeen IS NULL OR d.lostLast >= r.lastSeen) AS rereadLast
       SET r.meanScore = CASE WHEN r.count > 0 THEN r.scoreSum / r.count END,
           r.meanConfidence = CASE WHEN r.count > 0 THEN r.confidenceSum / r.count END,
           r.firstSeen = CASE WHEN r.firstSeen IS NULL OR d.addedFirst < r.firstSeen THEN d.addedFirst
                              ELSE r.firstSeen END,
           r.lastSeen = CASE WHEN r.lastSeen IS NULL OR d.addedLast > r.lastSeen THEN d.addedLast
                             ELSE r.lastSeen END
       WITH r, rereadFirst, rereadLast
       CALL (r, rereadFirst, rereadLast) {
         // Sought by a null key when no bound was lost: a WHERE on these arguments was planned after the index
         // seek, so every write read every statement of each relation it moved.
         MATCH (s:Statement {
           relationId: CASE WHEN r.count > 0 AND (rereadFirst OR rereadLast) THEN r.id END
         })
         WHERE ${COUNTED}
         WITH r, rereadFirst, rereadLast, min(s.date) AS first, max(s.date) AS last
         SET r.firstSeen = CASE WHEN rereadFirst THEN first ELSE r.firstSeen END,
             r.lastSeen = CASE WHEN rereadLast THEN last ELSE r.lastSeen END
       }
       WITH r WHERE r.count <= 0
       DELETE r
     }`,
  ]),
);

/** Rows grouped by their relationship type, so each type's statement names its type statically. */
function byType<T extends { type: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.type, [...(groups.get(row.type) ?? []), row]);
  return groups;
}

/** Applies the deltas to the aggregated relationships, creating and deleting them as counts come and go. */
export async function applyAggregateDeltas(run: Run, deltas: AggregateDelta[]): Promise<void> {
  for (const [type, rows] of byType(deltas)) await run(APPLY[type], inBatch({ deltas: rows }));
}

/**
 * Runs `change`, which rewrites statements of these articles (or their review state), and adjusts the
 * aggregates of every relation it touched by the difference.
 */
export async function withAggregates<T>(
  run: Run,
  articleIds: string[],
  change: () => Promise<T>,
): Promise<T> {
  const before = await articleContributions(run, articleIds);
  const result = await change();
  const after = await articleContributions(run, articleIds);
  await applyAggregateDeltas(run, aggregateDeltas(before, after));
  return result;
}

const REBUILD: Record<string, string> = Object.fromEntries(
  RELATION_TYPE_IDS.map((type) => [
    type,
    // The relationship is locked before its statements are read: a writer still adding statements then either
    // commits first (and is read) or moves the rebuilt aggregate by its own difference after.
    `${KEEP_PLAN}
     UNWIND $batch.rows AS row
     MATCH (src:Actor {id: row.source}), (tgt:Actor {id: row.target})
     MERGE (src)-[r:${relationshipType(type)}]->(tgt)
     SET r.rebuilding = true
     WITH r, row
     CALL (row) {
       OPTIONAL MATCH (s:Statement {relationId: row.id}) WHERE ${COUNTED}
       RETURN count(s) AS count, count(DISTINCT s.articleId) AS articleCount,
              head(collect(s.quadClass)) AS quadClass,
              sum(s.score) AS scoreSum, sum(s.confidence) AS confidenceSum,
              min(s.date) AS firstSeen, max(s.date) AS lastSeen
     }
     SET r = {
         id: row.id, type: row.type, quadClass: quadClass, count: count, articleCount: articleCount,
         scoreSum: toFloat(scoreSum), confidenceSum: toFloat(confidenceSum),
         firstSeen: firstSeen, lastSeen: lastSeen,
         meanScore: CASE WHEN count > 0 THEN toFloat(scoreSum) / count END,
         meanConfidence: CASE WHEN count > 0 THEN toFloat(confidenceSum) / count END
       }
     WITH r WHERE r.count = 0
     DELETE r`,
  ]),
);

/** Recomputes these relations from their counted statements, deleting those left with none. */
export async function rebuildRelations(run: Run, relationIds: string[]): Promise<void> {
  const rows = relationIds.map((id) => {
    const key = parseRelationId(id);
    if (!key) throw new Error(`entente/graph/aggregates: malformed relation id "${id}"`);
    return { id, source: key.source, target: key.target, type: relationshipType(key.type) };
  });
  for (const [type, group] of byType(rows)) await run(REBUILD[type], inBatch({ rows: group }));
}

/**
 * Recomputes every aggregated relationship from the statements, a batch of relations per transaction:
 * the repair for aggregates written by an older version, and the reference the incremental path is tested against.
 */
export async function rebuildAggregates(
  db: Database,
  options: { batchSize?: number } = {},
): Promise<{ relations: number }> {
  const batchSize = options.batchSize ?? 500;
  const result = await db.run(
    `CALL () { MATCH (s:Statement) RETURN DISTINCT s.relationId AS id
               UNION
               MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types AND r.id IS NOT NULL
               RETURN DISTINCT r.id AS id }
     RETURN collect(id) AS ids`,
    { types: RELATION_TYPE_IDS },
  );
  const ids = (result.records[0]?.get('ids') as string[] | undefined) ?? [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await db.writeTransaction((run) => rebuildRelations(run, batch), {
      metadata: { app: 'entente', op: 'rebuildAggregates' },
    });
  }
  return { relations: ids.length };
}
