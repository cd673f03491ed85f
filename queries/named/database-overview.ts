// database-overview: the Neo4j version and how much the graph holds (for the health check).
import type { Neo4jRecord } from '../../graph/database.ts';
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import { toPlain } from '../plain-value.ts';
import { defineQuery } from '../types.ts';

export interface DatabaseOverview {
  version: string;
  edition: string;
  counts: { actors: number; articles: number; statements: number; relations: number };
}

export default defineQuery({
  name: 'database-overview',
  description:
    'Neo4j version and edition, and counts of actors, articles, statements and aggregated relations',
  params: [],
  routing: 'read',
  prepare: (params) => ({ ...params, relationTypes: [...RELATION_TYPE_IDS] }),
  query: `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition,
       {actors: COUNT { (:Actor) }, articles: COUNT { (:Article) }, statements: COUNT { (:Statement) },
        relations: COUNT { MATCH ()-[r]->() WHERE type(r) IN $relationTypes }} AS counts`,
  transform: (records: Neo4jRecord[]) =>
    toPlain(records[0]?.toObject() ?? null) as DatabaseOverview | null,
});
