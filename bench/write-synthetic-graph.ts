// Writes a synthetic graph in the model of graph/write-extraction.ts, in UNWIND batches (fast; the bench's data).
import type { Database } from '../graph/database.ts';
import { actorLabel, relationshipType } from '../graph/model.ts';
import { ACTOR_TYPES, RELATION_TYPE_IDS } from '../ingest/ontology/vocabulary.ts';
import type { SyntheticGraph } from './synthetic-graph.ts';

const BATCH = 5000;

async function inBatches<T>(
  db: Database,
  rows: readonly T[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.run(query, { ...params, rows: rows.slice(i, i + BATCH) }, { routing: 'write' });
  }
}

export async function writeSyntheticGraph(db: Database, g: SyntheticGraph): Promise<void> {
  // Actors: one statement per label, each label from the closed list.
  for (const type of ACTOR_TYPES) {
    const rows = g.actors
      .filter((a) => a.type === type)
      .map((a) => ({
        ...a,
        aliases: [] as string[],
        aliasText: '',
        memberOf: [] as string[],
        partOf: null,
        role: null,
        years: null,
      }));
    await inBatches(
      db,
      rows,
      `UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a = row, a:${actorLabel(type)}`,
    );
  }
  await inBatches(
    db,
    g.articles,
    `UNWIND $rows AS row MERGE (a:Article {id: row.id})
     SET a = row, a.words = 8, a.sentences = 1, a.fingerprint = row.id, a.ingestedAt = datetime()`,
  );
  await inBatches(
    db,
    g.mentions,
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.actorId}), (art:Article {id: row.articleId})
     MERGE (a)-[m:MENTIONED_IN]->(art) SET m.count = row.count`,
  );
  await inBatches(
    db,
    g.statements.map(({ articleId, ...props }) => ({ articleId, props: { ...props, articleId } })),
    `UNWIND $rows AS row
     MATCH (src:Actor {id: row.props.source}), (tgt:Actor {id: row.props.target}),
           (art:Article {id: row.articleId})
     CREATE (s:Statement) SET s = row.props
     CREATE (s)-[:SOURCE]->(src), (s)-[:TARGET]->(tgt), (s)-[:REPORTED_IN]->(art)`,
  );
  // Aggregates: one static statement per relationship type, as the writer does.
  for (const type of RELATION_TYPE_IDS) {
    const rows = g.relations
      .filter((r) => r.type === type)
      .map(({ source, target, ...props }) => ({ source, target, props }));
    await inBatches(
      db,
      rows,
      `UNWIND $rows AS row
       MATCH (src:Actor {id: row.source}), (tgt:Actor {id: row.target})
       MERGE (src)-[r:${relationshipType(type)}]->(tgt) SET r = row.props`,
    );
  }
}

/**
 * Deletes everything written under the prefix (for a shared NEO4J_URI database), 1,000 nodes a transaction: 5,000
 * statements with their links passed a local Neo4j's 128 MiB transaction limit.
 */
export async function deleteSyntheticGraph(db: Database, prefix: string): Promise<void> {
  for (const label of ['Statement', 'Article', 'Actor']) {
    for (;;) {
      const result = await db.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
         WITH n LIMIT 1000 DETACH DELETE n RETURN count(*) AS deleted`,
        { prefix },
        { routing: 'write' },
      );
      if (Number(result.records[0]?.get('deleted') ?? 0) === 0) break;
    }
  }
}
