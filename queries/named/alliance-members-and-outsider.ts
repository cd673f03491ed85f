// alliance-members-and-outsider: each member of an alliance and how it relates to one outsider.
import type { Neo4jRecord } from '../../graph/database.ts';
import { CONFLICT_CLASSES, COOPERATION_CLASSES } from '../../ingest/ontology/vocabulary.ts';
import { actorParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

type Stance = 'cooperative' | 'hostile' | 'mixed' | 'none';

interface MemberRow {
  member: { id: string; name: string; type: string; countryCode: string | null };
  via: string[];
  relations: {
    type: string;
    quadClass: string;
    direction: 'to' | 'from';
    count: number;
    meanScore: number;
    lastSeen: string | null;
  }[];
  statements: number;
  netScore: number | null;
}

const COOPERATIVE = new Set<string>(COOPERATION_CLASSES);
const CONFLICTING = new Set<string>(CONFLICT_CLASSES);

const stanceOf = (row: MemberRow): Stance => {
  if (row.statements === 0) return 'none';
  const coop = row.relations.some((r) => COOPERATIVE.has(r.quadClass));
  const conflict = row.relations.some((r) => CONFLICTING.has(r.quadClass));
  return coop && conflict ? 'mixed' : coop ? 'cooperative' : 'hostile';
};

export default defineQuery({
  name: 'alliance-members-and-outsider',
  description:
    'Members of an alliance (registry memberOf and MEMBER_OF/JOIN edges) and how each relates to an outsider, most hostile first',
  params: [
    actorParam('alliance', 'alliance or organisation id, e.g. nato'),
    actorParam('outsider', 'outside actor id, e.g. RUS'),
  ],
  routing: 'read',
  query: `
MATCH (al:Actor {id: $alliance}), (out:Actor {id: $outsider})
UNWIND COLLECT {
  MATCH (m:Actor) WHERE $alliance IN m.memberOf RETURN {member: m, via: 'registry'} AS membership
  UNION
  MATCH (m:Actor)-[r:MEMBER_OF|JOIN]->(al) RETURN {member: m, via: type(r)} AS membership
} AS membership
WITH out, membership.member AS m, collect(DISTINCT membership.via) AS via
WHERE m <> out
OPTIONAL MATCH (m)-[r]-(out) WHERE r.quadClass IS NOT NULL
WITH out, m, via, collect(r) AS rels
WITH m, via, rels, reduce(n = 0, r IN rels | n + r.count) AS statements
RETURN m {.id, .name, .type, .countryCode} AS member, via,
       [r IN rels | {type: type(r), quadClass: r.quadClass, direction: CASE WHEN startNode(r) = m THEN 'to' ELSE 'from' END,
                     count: r.count, meanScore: r.meanScore, lastSeen: r.lastSeen}] AS relations,
       statements,
       CASE WHEN statements = 0 THEN null
            ELSE round(reduce(s = 0.0, r IN rels | s + r.count * r.meanScore) / statements, 2) END AS netScore
ORDER BY coalesce(netScore, 0) ASC, statements DESC, m.name`,
  transform: (records: Neo4jRecord[]) =>
    plainRows<MemberRow>(records).map((row) => ({ ...row, stance: stanceOf(row) })),
});
