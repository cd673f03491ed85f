// actor-profile: who an actor is, who leads it, what it belongs to, its parts and every relation it has.
import type { Neo4jRecord } from '../../graph/database.ts';
import { actorParam } from '../common-params.ts';
import { toPlain } from '../plain-value.ts';
import { defineQuery } from '../types.ts';

export interface ActorRef {
  id: string;
  name: string;
  type: string | null;
}

export interface ActorProfile {
  actor: Record<string, unknown> & {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    countryCode: string | null;
    role?: string | null;
    years?: string | null;
  };
  articles: number;
  relations: {
    id: string;
    type: string;
    quadClass: string | null;
    direction: 'out' | 'in';
    partner: ActorRef;
    count: number;
    articleCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
    meanScore: number;
  }[];
  leaders: (ActorRef & { role: string | null; years: string | null; count: number })[];
  memberOf: (ActorRef & { via: string[] })[];
  members: (ActorRef & { via: string[] })[];
  parts: ActorRef[];
}

/** Memberships come from the registry and from MEMBER_OF / JOIN edges; one entry per actor. */
function mergeVia(rows: (ActorRef & { via: string })[]): (ActorRef & { via: string[] })[] {
  const byId = new Map<string, ActorRef & { via: string[] }>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen) {
      if (!seen.via.includes(row.via)) seen.via.push(row.via);
    } else byId.set(row.id, { ...row, via: [row.via] });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export default defineQuery({
  name: 'actor-profile',
  description:
    'An actor: type, country, aliases, leaders (LEADS in), memberships (registry and MEMBER_OF/JOIN), members, parts and all its relations',
  params: [actorParam('id', 'actor id, e.g. RUS or vladimir-putin')],
  routing: 'read',
  query: `
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .type, .countryCode, .aliases, .role, .years, .partOf, .memberOf} AS actor,
  COUNT { (a)-[:MENTIONED_IN]->(:Article) } AS articles,
  COLLECT {
    MATCH (a)-[r]-(p:Actor)
    WHERE r.id IS NOT NULL AND p <> a
    RETURN {id: r.id, type: type(r), quadClass: r.quadClass,
            direction: CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END,
            partner: p {.id, .name, .type}, count: r.count, articleCount: r.articleCount,
            firstSeen: r.firstSeen, lastSeen: r.lastSeen, meanScore: r.meanScore} AS relation
    ORDER BY r.count DESC, r.lastSeen DESC
  } AS relations,
  COLLECT {
    MATCH (l:Actor)-[r:LEADS]->(a)
    RETURN l {.id, .name, .type, .role, .years, count: r.count} AS leader ORDER BY r.lastSeen DESC
  } AS leaders,
  COLLECT {
    UNWIND coalesce(a.memberOf, []) AS memberId
    OPTIONAL MATCH (m:Actor {id: memberId})
    RETURN {id: memberId, name: coalesce(m.name, memberId), type: m.type, via: 'registry'} AS membership
    UNION
    MATCH (a)-[r:MEMBER_OF|JOIN]->(m:Actor)
    RETURN {id: m.id, name: m.name, type: m.type, via: type(r)} AS membership
  } AS memberOf,
  COLLECT {
    MATCH (m:Actor) WHERE $id IN m.memberOf
    RETURN {id: m.id, name: m.name, type: m.type, via: 'registry'} AS member
    UNION
    MATCH (m:Actor)-[r:MEMBER_OF|JOIN]->(a)
    RETURN {id: m.id, name: m.name, type: m.type, via: type(r)} AS member
  } AS members,
  COLLECT {
    MATCH (p:Actor) WHERE p.partOf = $id
    RETURN p {.id, .name, .type} AS part
    UNION
    MATCH (p:Actor)-[:PART_OF]->(a)
    RETURN p {.id, .name, .type} AS part
  } AS parts`,
  transform: (records: Neo4jRecord[]): ActorProfile | null => {
    if (records.length === 0) return null;
    const row = toPlain(records[0].toObject()) as Record<string, unknown>;
    const actor = row.actor as ActorProfile['actor'];
    return {
      actor: { ...actor, aliases: actor.aliases ?? [], memberOf: actor.memberOf ?? [] },
      articles: row.articles as number,
      relations: row.relations as ActorProfile['relations'],
      leaders: row.leaders as ActorProfile['leaders'],
      memberOf: mergeVia(row.memberOf as (ActorRef & { via: string })[]),
      members: mergeVia(row.members as (ActorRef & { via: string })[]),
      parts: row.parts as ActorRef[],
    };
  },
});
