// Small evidence graphs for the measures' tests: actors and statements written as short rows.
import {
  buildEvidenceGraph,
  type ActorRow,
  type EvidenceGraph,
  type EvidenceRow,
} from '../../../graph/analytics/evidence-graph.ts';
import type { QuadClass } from '../../../ingest/ontology/vocabulary.ts';

export const actor = (id: string, extra: Partial<ActorRow> = {}): ActorRow => ({
  id,
  name: id.toUpperCase(),
  type: 'State',
  countryCode: null,
  partOf: null,
  leads: [],
  parts: [],
  ...extra,
});

const SCORE: Record<QuadClass, number> = {
  VERBAL_COOPERATION: 3,
  MATERIAL_COOPERATION: 7,
  VERBAL_CONFLICT: -3,
  MATERIAL_CONFLICT: -9,
};

/** `count` statements of one quad class from source to target in a month, each scored by its class. */
export const said = (
  source: string,
  target: string,
  quadClass: QuadClass,
  period: string | null = '2020-01',
  count = 1,
): EvidenceRow => ({
  source,
  target,
  quadClass,
  period,
  count,
  scoreSum: count * SCORE[quadClass],
});

export const coop = (a: string, b: string, count = 1) =>
  said(a, b, 'MATERIAL_COOPERATION', '2020-01', count);
export const fight = (a: string, b: string, count = 1) =>
  said(a, b, 'MATERIAL_CONFLICT', '2020-01', count);

/** Every actor named in the rows is a State unless listed. */
export function graphOf(
  rows: EvidenceRow[],
  actors: ActorRow[] = [],
  rollUp = true,
): EvidenceGraph {
  const known = new Map(actors.map((a) => [a.id, a]));
  for (const r of rows)
    for (const id of [r.source, r.target]) if (!known.has(id)) known.set(id, actor(id));
  return buildEvidenceGraph([...known.values()], rows, { rollUp });
}
