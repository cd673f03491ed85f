// A small article of its own for the curation tests (pairs the sample corpus never names), ingested through the
// real pipeline and registry, and removed again with everything the curation tests wrote about it.
import type { ActorRegistry } from '../../ingest/actors/index.ts';
import type { Database } from '../../graph/database.ts';
import { rebuildRelations } from '../../graph/aggregates.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import { articleFromRecord } from '../../ingest/read/index.ts';
import { ingestArticle } from '../../pipeline/ingest-pipeline.ts';

export const CURATION_TEXT = [
  'Chile criticised Bolivia on 3 March 2023.',
  'Argentina supplied weapons to Paraguay on 5 March 2023.',
  'Uruguay met Peru in Montevideo on 6 March 2023.',
].join('\n\n');

export const CURATION_RELATIONS = {
  criticise: 'CHL|CRITICIZE|BOL',
  arms: 'ARG|PROVIDE_ARMS|PRY',
  meet: 'URY|CONSULT|PER',
};

/** Ingests the curation article (the title lets a test force a rewrite of the same article). */
export async function ingestCurationArticle(
  db: Database,
  title = 'Curation test article',
  registry: ActorRegistry = loadActorRegistry(),
  text = CURATION_TEXT,
) {
  const article = articleFromRecord(
    { text, title, source: 'Curation Wire', publishedAt: '2023-03-07' },
    'curation-test',
  );
  return ingestArticle(db, article, registry);
}

/** The article's statements (rejected ones too) by relation id as extracted. */
export async function curationStatements(db: Database, articleId: string) {
  const r = await db.run(
    `MATCH (s)-[:REPORTED_IN]->(:Article {id: $id}) WHERE s:Statement OR s:RejectedStatement
     RETURN s {.*, labels: labels(s)} AS s ORDER BY s.sentenceStart`,
    { id: articleId },
  );
  return r.records.map((x) => x.get('s') as Record<string, unknown> & { id: string });
}

/** Statements behind one aggregated relationship, or 0 when it does not exist. */
export async function aggregateCount(db: Database, relationId: string): Promise<number> {
  const r = await db.run('MATCH ()-[r {id: $id}]->() RETURN r.count AS count', { id: relationId });
  return (r.records[0]?.get('count') as number | undefined) ?? 0;
}

export async function removeCurationArticle(db: Database, articleId: string): Promise<void> {
  await db.writeTransaction(async (run) => {
    const r = await run(
      `MATCH (s)-[:REPORTED_IN]->(:Article {id: $id}) WHERE s:Statement OR s:RejectedStatement
       WITH collect(s) AS all, collect(DISTINCT s.relationId) AS ids,
            collect(s.id) AS statementIds
       FOREACH (s IN all | DETACH DELETE s)
       RETURN ids, statementIds`,
      { id: articleId },
    );
    const ids = (r.records[0]?.get('ids') as string[] | undefined) ?? [];
    const statementIds = (r.records[0]?.get('statementIds') as string[] | undefined) ?? [];
    await run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id: articleId });
    await run('MATCH (e:AuditEntry) WHERE e.subjectId IN $ids DELETE e', { ids: statementIds });
    await rebuildRelations(run, [...new Set([...ids, ...Object.values(CURATION_RELATIONS)])]);
  });
}
