// Stores PageRank and cooperation bloc as actor properties, with the period they were computed on, for use in
// Cypher (`MATCH (a:Actor) WHERE a.bloc = 1 ...`). Each write replaces every earlier one, in one transaction.
import type { Database } from '../database.ts';
import { blocOf, type BlocsResult } from './blocs.ts';
import type { EvidenceGraph } from './evidence-graph.ts';

export interface WriteBackScope {
  from: string | null;
  to: string | null;
  rollUp: boolean;
}

export interface WriteBackResult {
  actors: number;
  cleared: number;
}

/** The properties written; all removed from every actor before a new write. */
export const WRITE_BACK_PROPERTIES = [
  'pagerank',
  'bloc',
  'blocName',
  'analyticsFrom',
  'analyticsTo',
  'analyticsRollUp',
] as const;

/** What is stored on one actor (pure: computed beside the measures, on their thread). */
export interface WriteBackRow {
  id: string;
  pagerank: number;
  bloc: number | null;
  blocName: string | null;
}

export function writeBackRows(
  graph: EvidenceGraph,
  pagerank: Record<string, number>,
  found: BlocsResult,
): WriteBackRow[] {
  const blocs = blocOf(found.cooperation.blocs.filter((b) => b.members.length > 1));
  const names = new Map(found.cooperation.blocs.map((b) => [b.bloc, b.name]));
  return graph.mapNodes((id) => ({
    id,
    pagerank: pagerank[id],
    bloc: blocs.get(id) ?? null,
    blocName: names.get(blocs.get(id) ?? -1) ?? null,
  }));
}

export async function writeBackMeasures(
  db: Database,
  rows: WriteBackRow[],
  scope: WriteBackScope,
): Promise<WriteBackResult> {
  return db.writeTransaction(
    async (run) => {
      const cleared = await run(
        `MATCH (a:Actor) WHERE a.analyticsRollUp IS NOT NULL
         REMOVE ${WRITE_BACK_PROPERTIES.map((p) => `a.${p}`).join(', ')}
         RETURN count(a) AS cleared`,
      );
      const written = await run(
        `UNWIND $rows AS row
         MATCH (a:Actor {id: row.id})
         SET a.pagerank = row.pagerank, a.bloc = row.bloc, a.blocName = row.blocName,
             a.analyticsFrom = $from, a.analyticsTo = $to, a.analyticsRollUp = $rollUp
         RETURN count(a) AS actors`,
        { rows, from: scope.from, to: scope.to, rollUp: scope.rollUp },
      );
      return {
        actors: Number(written.records[0].get('actors')),
        cleared: Number(cleared.records[0].get('cleared')),
      };
    },
    { metadata: { app: 'entente', op: 'analyticsWriteBack' } },
  );
}
