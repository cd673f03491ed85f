// analytics-graph: what the analytics measures load, the evidence as it stood in a period (rejected statements are
// :RejectedStatement, never matched; the reviewState test guards the same rule):
// statements counted per ordered pair of actors, quad class and month, and every actor with its parents.
import type { ActorRow, EvidenceRow } from '../../graph/analytics/evidence-graph.ts';
import { dateParam } from '../common-params.ts';
import { toPlain } from '../plain-value.ts';
import { defineQuery } from '../types.ts';

export interface AnalyticsGraphRows {
  actors: ActorRow[];
  evidence: EvidenceRow[];
}

export default defineQuery({
  name: 'analytics-graph',
  description:
    'Statements per ordered pair of actors, quad class and month in a date range (rejected ones left out), and the actors with their parents: what the analytics load',
  params: [
    dateParam('from', 'first statement date included'),
    dateParam('to', 'last statement date included'),
  ],
  routing: 'read',
  query: `
MATCH (s:Statement)
WHERE s.quadClass IS NOT NULL AND coalesce(s.reviewState, 'unreviewed') <> 'rejected'
  AND ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
WITH s.source AS source, s.target AS target, s.quadClass AS quadClass, left(s.date, 7) AS period,
     count(*) AS count, sum(s.score) AS scoreSum
RETURN null AS actor,
       {source: source, target: target, quadClass: quadClass, period: period, count: count, scoreSum: scoreSum} AS evidence
UNION ALL
MATCH (a:Actor)
RETURN {id: a.id, name: a.name, type: a.type, countryCode: a.countryCode, partOf: a.partOf,
        leads: [(a)-[:LEADS]->(b:Actor) | b.id], parts: [(a)-[:PART_OF]->(b:Actor) | b.id]} AS actor,
       null AS evidence`,
  transform: (records): AnalyticsGraphRows => {
    const out: AnalyticsGraphRows = { actors: [], evidence: [] };
    for (const record of records) {
      const row = toPlain(record.toObject()) as {
        actor: ActorRow | null;
        evidence: EvidenceRow | null;
      };
      if (row.actor) out.actors.push(row.actor);
      if (row.evidence) out.evidence.push(row.evidence);
    }
    return out;
  },
});
