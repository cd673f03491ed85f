// Actor curation in the graph: merge two actors (and undo it exactly), edit one, create one by hand. Each is one
// transaction with its audit entry; the aggregates the change touches are recomputed in it. The registry file
// that future ingests read is kept by pipeline/actor-corrections.ts.
import { ACTOR_TYPES } from '../ingest/ontology/vocabulary.ts';
import { recordAudit } from './audit.ts';
import type { Database } from './database.ts';
import { actorLabel } from './model.ts';
import { formatRelationId } from './relation-id.ts';
import { rebuildRelations, type Run } from './aggregates.ts';
import { statementId } from './write-extraction.ts';

export class ActorCurationError extends Error {
  constructor(
    message: string,
    readonly kind: 'not_found' | 'invalid' | 'conflict',
  ) {
    super(`entente/graph/curate-actors: ${message}`);
    this.name = 'ActorCurationError';
  }
}

type Props = Record<string, unknown>;
interface Snapshot {
  props: Props;
  labels: string[];
}

export interface Curator {
  user: string;
  note?: string | null;
}

/** Everything a merge changed, enough to put it back exactly. */
export interface MergeRecord {
  keep: string;
  duplicate: string;
  keepBefore: Props;
  duplicateBefore: Snapshot;
  /** Statements re-pointed at the kept actor: their properties and labels before. */
  moved: Snapshot[];
  /** Statements that became a self-relation or a copy of an existing one: removed, kept here. */
  dropped: Snapshot[];
  duplicateMentions: { articleId: string; count: number }[];
  keepMentions: { articleId: string; count: number }[];
  /** Actors whose memberOf or partOf named the duplicate. */
  members: { id: string; memberOf: string[] | null; partOf: string | null }[];
  relationIds: string[];
  /** Opaque to the graph: what the registry file said before, for the undo. */
  registryBefore?: unknown;
}

// The type label from the closed list ($type is checked by actorLabel first); other type labels removed.
const SET_TYPE_LABEL = `REMOVE a:${ACTOR_TYPES.join(':')}
         ${ACTOR_TYPES.map(
           (t) => `FOREACH (_ IN CASE WHEN $type = '${t}' THEN [1] ELSE [] END | SET a:${t})`,
         ).join('\n         ')}`;

const aliasText = (aliases: string[]) => aliases.reduce((t, x) => `${t} | ${x}`, '');

async function actorSnapshot(run: Run, id: string): Promise<Snapshot | null> {
  const r = await run('MATCH (a:Actor {id: $id}) RETURN a {.*} AS props, labels(a) AS labels', {
    id,
  });
  const record = r.records[0];
  return record ? { props: record.get('props') as Props, labels: record.get('labels') } : null;
}

const FIND_STATEMENT = `CALL (m) {
         MATCH (s:Statement {id: m.id}) RETURN s
         UNION
         MATCH (s:RejectedStatement {id: m.id}) RETURN s
       }`;

/** Sets a statement's relationships from its source, target, speaker and article properties. */
const REWIRE = `CALL (s) { MATCH (s)-[r:SOURCE|TARGET|SPOKEN_BY|REPORTED_IN]->() DELETE r }
       CALL (s) {
         MATCH (src:Actor {id: s.source}), (tgt:Actor {id: s.target}), (art:Article {id: s.articleId})
         CREATE (s)-[:SOURCE]->(src), (s)-[:TARGET]->(tgt), (s)-[:REPORTED_IN]->(art)
       }
       CALL (s) {
         OPTIONAL MATCH (sp:Actor {id: s.speaker})
         FOREACH (_ IN CASE WHEN sp IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SPOKEN_BY]->(sp))
       }`;

/** Sets a statement's label to :Statement or :RejectedStatement as its snapshot says. */
async function restoreStatements(run: Run, snapshots: Snapshot[], create: boolean): Promise<void> {
  for (const rejected of [false, true]) {
    const rows = snapshots
      .filter((s) => s.labels.includes('RejectedStatement') === rejected)
      .map((s) => ({ id: s.props.id, props: s.props }));
    if (rows.length === 0) continue;
    const label = rejected
      ? 'REMOVE s:Statement SET s:RejectedStatement'
      : 'REMOVE s:RejectedStatement SET s:Statement';
    await run(
      create
        ? `UNWIND $rows AS m CREATE (s:Statement) SET s = m.props ${label} WITH s ${REWIRE}`
        : `UNWIND $rows AS m ${FIND_STATEMENT} SET s = m.props ${label} WITH s ${REWIRE}`,
      { rows },
    );
  }
}

const swap = (value: unknown, from: string, to: string) => (value === from ? to : value);

/**
 * Merges `duplicate` into `keep`: the duplicate's name and aliases become the kept actor's aliases, its
 * statements, mentions and memberships move to the kept actor, and the duplicate node goes; the audit entry
 * holds the record that undoes it. Moved statements take the id the next extraction will give them.
 */
export async function mergeActors(
  db: Database,
  keep: string,
  duplicate: string,
  curator: Curator,
  registryBefore?: unknown,
): Promise<{ auditId: string; record: MergeRecord }> {
  if (keep === duplicate)
    throw new ActorCurationError('cannot merge an actor into itself', 'invalid');
  return db.writeTransaction(
    async (run) => {
      const kept = await actorSnapshot(run, keep);
      const dup = await actorSnapshot(run, duplicate);
      if (!kept) throw new ActorCurationError(`no actor "${keep}"`, 'not_found');
      if (!dup) throw new ActorCurationError(`no actor "${duplicate}"`, 'not_found');

      const found = await run(
        `CALL () {
           MATCH (:Actor {id: $dup})<-[:SOURCE|TARGET|SPOKEN_BY]-(s) RETURN s
           UNION
           MATCH (s:Statement) WHERE s.originalSource = $dup OR s.originalTarget = $dup RETURN s
           UNION
           MATCH (s:RejectedStatement) WHERE s.originalSource = $dup OR s.originalTarget = $dup RETURN s
         }
         RETURN s {.*} AS props, labels(s) AS labels`,
        { dup: duplicate },
      );
      const before: Snapshot[] = found.records.map((r) => ({
        props: r.get('props') as Props,
        labels: r.get('labels') as string[],
      }));
      const movingIds = new Set(before.map((s) => s.props.id as string));
      const planned = before.map((snap) => {
        const p: Props = { ...snap.props };
        for (const key of ['source', 'target', 'speaker', 'originalSource', 'originalTarget'])
          if (key in p) p[key] = swap(p[key], duplicate, keep);
        p.relationId = formatRelationId({
          source: p.source as string,
          type: p.type as string,
          target: p.target as string,
        });
        const extracted = p.originalType === undefined || p.originalType === null ? '' : 'original';
        const pick = (f: string) =>
          p[extracted ? `original${f[0].toUpperCase()}${f.slice(1)}` : f] as string;
        p.id = statementId(p.articleId as string, {
          sentenceStart: p.sentenceStart as number,
          source: pick('source'),
          type: pick('type'),
          target: pick('target'),
          rule: p.rule as string,
        });
        const selfRelation = p.source === p.target || pick('source') === pick('target');
        return { snap, props: p, selfRelation };
      });
      const taken = await run(
        `CALL () {
           MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id
           UNION
           MATCH (s:RejectedStatement) WHERE s.id IN $ids RETURN s.id AS id
         }
         RETURN collect(id) AS ids`,
        { ids: planned.map((p) => p.props.id) },
      );
      const existing = new Set(
        (taken.records[0].get('ids') as string[]).filter((id) => !movingIds.has(id)),
      );
      const claimed = new Set<string>();
      const moves: typeof planned = [];
      const drops: Snapshot[] = [];
      for (const plan of planned) {
        const id = plan.props.id as string;
        if (plan.selfRelation || existing.has(id) || claimed.has(id)) drops.push(plan.snap);
        else {
          claimed.add(id);
          moves.push(plan);
        }
      }

      const mentions = await run(
        `MATCH (a:Actor)-[m:MENTIONED_IN]->(art:Article) WHERE a.id IN [$keep, $dup]
         RETURN a.id AS actor, art.id AS articleId, m.count AS count`,
        { keep, dup: duplicate },
      );
      const mentionRows = mentions.records.map((r) => ({
        actor: r.get('actor') as string,
        articleId: r.get('articleId') as string,
        count: r.get('count') as number,
      }));
      const members = await run(
        `MATCH (a:Actor) WHERE $dup IN coalesce(a.memberOf, []) OR a.partOf = $dup
         RETURN a.id AS id, a.memberOf AS memberOf, a.partOf AS partOf`,
        { dup: duplicate },
      );

      const record: MergeRecord = {
        keep,
        duplicate,
        keepBefore: kept.props,
        duplicateBefore: dup,
        moved: moves.map((m) => m.snap),
        dropped: drops,
        duplicateMentions: mentionRows
          .filter((m) => m.actor === duplicate)
          .map(({ articleId, count }) => ({ articleId, count })),
        keepMentions: mentionRows
          .filter((m) => m.actor === keep)
          .map(({ articleId, count }) => ({ articleId, count })),
        members: members.records.map((r) => ({
          id: r.get('id') as string,
          memberOf: (r.get('memberOf') as string[] | null) ?? null,
          partOf: (r.get('partOf') as string | null) ?? null,
        })),
        relationIds: [
          ...new Set([
            ...before.map((s) => s.props.relationId as string),
            ...moves.map((m) => m.props.relationId as string),
          ]),
        ],
        registryBefore,
      };

      // Statements: dropped ones leave (their record is above), moved ones take the kept actor and new ids.
      await run(
        `UNWIND $ids AS id
         CALL (id) {
           MATCH (s:Statement {id: id}) RETURN s
           UNION
           MATCH (s:RejectedStatement {id: id}) RETURN s
         }
         DETACH DELETE s`,
        { ids: drops.map((d) => d.props.id) },
      );
      const rows = moves.map((m) => ({ id: m.snap.props.id, props: m.props }));
      await run(`UNWIND $rows AS m ${FIND_STATEMENT} SET s = m.props WITH s ${REWIRE}`, { rows });

      // Mentions add up on the kept actor; memberships naming the duplicate name the kept actor.
      await run(
        `MATCH (k:Actor {id: $keep})
         UNWIND $mentions AS m
         MATCH (art:Article {id: m.articleId})
         MERGE (k)-[r:MENTIONED_IN]->(art)
         SET r.count = coalesce(r.count, 0) + m.count`,
        { keep, mentions: record.duplicateMentions },
      );
      await run(
        `MATCH (a:Actor) WHERE $dup IN coalesce(a.memberOf, []) OR a.partOf = $dup
         WITH a, [x IN coalesce(a.memberOf, []) | CASE WHEN x = $dup THEN $keep ELSE x END] AS m
         SET a.memberOf = reduce(out = [], x IN m | CASE WHEN x IN out OR x = a.id THEN out ELSE out + x END),
             a.partOf = CASE WHEN a.partOf = $dup THEN $keep ELSE a.partOf END`,
        { dup: duplicate, keep },
      );
      const k = kept.props;
      const d = dup.props;
      const aliases = [
        ...new Set([
          ...((k.aliases as string[]) ?? []),
          d.name as string,
          ...((d.aliases as string[]) ?? []),
        ]),
      ].filter((a) => a !== k.name);
      const memberOf = [
        ...new Set([...((k.memberOf as string[]) ?? []), ...((d.memberOf as string[]) ?? [])]),
      ].filter((x) => x !== keep && x !== duplicate);
      await run(
        `MATCH (k:Actor {id: $keep})
         SET k.aliases = $aliases, k.aliasText = $aliasText, k.memberOf = $memberOf,
             k.countryCode = coalesce(k.countryCode, $countryCode),
             k.partOf = coalesce(k.partOf, CASE WHEN $partOf = $keep THEN null ELSE $partOf END)
         WITH k MATCH (d:Actor {id: $dup}) DETACH DELETE d`,
        {
          keep,
          dup: duplicate,
          aliases,
          aliasText: aliasText(aliases),
          memberOf,
          countryCode: d.countryCode ?? null,
          partOf: d.partOf ?? null,
        },
      );
      await rebuildRelations(run, record.relationIds);
      const after = await actorSnapshot(run, keep);
      const auditId = await recordAudit(run, {
        user: curator.user,
        action: 'actor.merge',
        subjectType: 'actor',
        subjectId: keep,
        before: record,
        after: { keep: after?.props, moved: moves.map((m) => m.props.id), dropped: drops.length },
        note: curator.note ?? null,
      });
      return { auditId, record };
    },
    { metadata: { app: 'entente', op: 'mergeActors' } },
  );
}

/** Puts back exactly what a merge changed (by the merge's audit entry id) and returns its record. */
export async function undoMerge(
  db: Database,
  mergeAuditId: string,
  curator: Curator,
): Promise<{ auditId: string; record: MergeRecord }> {
  return db.writeTransaction(
    async (run) => {
      const entry = await run(
        `MATCH (e:AuditEntry {id: $id}) RETURN e.action AS action, e.before AS before, e.undoneBy AS undoneBy`,
        { id: mergeAuditId },
      );
      const e = entry.records[0];
      if (!e || e.get('action') !== 'actor.merge')
        throw new ActorCurationError(`no merge "${mergeAuditId}" in the audit trail`, 'not_found');
      if (e.get('undoneBy'))
        throw new ActorCurationError(
          `merge "${mergeAuditId}" was already undone (${e.get('undoneBy') as string})`,
          'conflict',
        );
      const record = JSON.parse(e.get('before') as string) as MergeRecord;
      const { keep, duplicate } = record;
      if (await actorSnapshot(run, duplicate))
        throw new ActorCurationError(
          `actor "${duplicate}" exists again; merge it again or remove it before undoing`,
          'conflict',
        );
      if (!(await actorSnapshot(run, keep)))
        throw new ActorCurationError(`the kept actor "${keep}" no longer exists`, 'conflict');

      await run(`CREATE (a:Actor) SET a = $props WITH a ${SET_TYPE_LABEL}`, {
        props: record.duplicateBefore.props,
        type: actorLabel(record.duplicateBefore.props.type as string),
      });
      await run('MATCH (k:Actor {id: $keep}) SET k = $props', {
        keep,
        props: record.keepBefore,
      });

      // Moved statements are found under the ids the merge gave them (a re-ingest meanwhile keeps those ids).
      const movedNow = record.moved.map((snap) => {
        const p = snap.props;
        const extracted = p.originalType !== undefined && p.originalType !== null;
        const pick = (f: string) => {
          const v = p[extracted ? `original${f[0].toUpperCase()}${f.slice(1)}` : f] as string;
          return v === duplicate ? keep : v;
        };
        return {
          currentId: statementId(p.articleId as string, {
            sentenceStart: p.sentenceStart as number,
            source: pick('source'),
            type: pick('type'),
            target: pick('target'),
            rule: p.rule as string,
          }),
          snap,
        };
      });
      await run(
        `UNWIND $rows AS m
         CALL (m) {
           MATCH (s:Statement {id: m.currentId}) RETURN s
           UNION
           MATCH (s:RejectedStatement {id: m.currentId}) RETURN s
         }
         SET s.id = m.oldId`,
        {
          rows: movedNow.map((m) => ({ currentId: m.currentId, oldId: m.snap.props.id })),
        },
      );
      await restoreStatements(run, record.moved, false);
      await restoreStatements(run, record.dropped, true);

      await run('MATCH (:Actor {id: $keep})-[r:MENTIONED_IN]->(:Article) DELETE r', { keep });
      await run(
        `UNWIND $rows AS m
         MATCH (a:Actor {id: m.actor}), (art:Article {id: m.articleId})
         MERGE (a)-[r:MENTIONED_IN]->(art) SET r.count = m.count`,
        {
          keep,
          rows: [
            ...record.keepMentions.map((m) => ({ ...m, actor: keep })),
            ...record.duplicateMentions.map((m) => ({ ...m, actor: duplicate })),
          ],
        },
      );
      await run(
        `UNWIND $members AS m MATCH (a:Actor {id: m.id}) SET a.memberOf = m.memberOf, a.partOf = m.partOf`,
        { members: record.members },
      );
      await rebuildRelations(run, record.relationIds);
      const auditId = await recordAudit(run, {
        user: curator.user,
        action: 'actor.unmerge',
        subjectType: 'actor',
        subjectId: keep,
        before: { merge: mergeAuditId },
        after: { keep, duplicate },
        note: curator.note ?? null,
      });
      await run('MATCH (e:AuditEntry {id: $id}) SET e.undoneBy = $by', {
        id: mergeAuditId,
        by: auditId,
      });
      return { auditId, record };
    },
    { metadata: { app: 'entente', op: 'undoMerge' } },
  );
}

export interface OfficeTerm {
  role: string;
  of?: string;
  from: string;
  to?: string;
}

/** What an edit may change; absent fields stay as they are. */
export interface ActorChanges {
  name?: string;
  type?: string;
  countryCode?: string | null;
  addAliases?: string[];
  removeAliases?: string[];
  memberOf?: string[];
  partOf?: string | null;
  /** Dated offices (leadership): the newest sets the node's role and years. */
  terms?: OfficeTerm[];
}

/** The node properties a set of terms implies: the newest term's role and its years. */
function termSummary(terms: OfficeTerm[]): { role: string | null; years: string | null } {
  if (terms.length === 0) return { role: null, years: null };
  const newest = [...terms].sort((a, b) => b.from.localeCompare(a.from))[0];
  return { role: newest.role, years: `${newest.from.slice(0, 4)}-${newest.to?.slice(0, 4) ?? ''}` };
}

async function checkActorsExist(run: Run, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const r = await run('MATCH (a:Actor) WHERE a.id IN $ids RETURN collect(a.id) AS ids', { ids });
  const found = r.records[0].get('ids') as string[];
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length) throw new ActorCurationError(`no actor "${missing[0]}"`, 'invalid');
}

function applyChanges(props: Props, changes: ActorChanges): Props {
  const out: Props = { ...props };
  if (changes.name !== undefined) out.name = changes.name;
  if (changes.type !== undefined) out.type = actorLabel(changes.type);
  if (changes.countryCode !== undefined) out.countryCode = changes.countryCode;
  if (changes.memberOf !== undefined) out.memberOf = [...new Set(changes.memberOf)];
  if (changes.partOf !== undefined) out.partOf = changes.partOf;
  const remove = new Set(changes.removeAliases ?? []);
  const aliases = [
    ...new Set([...((out.aliases as string[]) ?? []), ...(changes.addAliases ?? [])]),
  ].filter((a) => !remove.has(a) && a !== out.name);
  out.aliases = aliases;
  out.aliasText = aliasText(aliases);
  if (changes.terms !== undefined) Object.assign(out, termSummary(changes.terms));
  return out;
}

/** Edits one actor (aliases, type, country, memberships, leadership) with its audit entry. */
export async function editActor(
  db: Database,
  id: string,
  changes: ActorChanges,
  curator: Curator,
): Promise<{ before: Props; after: Props }> {
  return db.writeTransaction(
    async (run) => {
      const current = await actorSnapshot(run, id);
      if (!current) throw new ActorCurationError(`no actor "${id}"`, 'not_found');
      const after = applyChanges(current.props, changes);
      if ((after.memberOf as string[] | undefined)?.includes(id) || after.partOf === id)
        throw new ActorCurationError('an actor cannot be a member or part of itself', 'invalid');
      await checkActorsExist(run, [
        ...((changes.memberOf ?? []) as string[]),
        ...(changes.partOf ? [changes.partOf] : []),
        ...(changes.terms ?? []).flatMap((t) => (t.of ? [t.of] : [])),
      ]);
      if (JSON.stringify(after) === JSON.stringify(current.props))
        throw new ActorCurationError('the edit changes nothing', 'invalid');
      await run(`MATCH (a:Actor {id: $id}) SET a = $props WITH a ${SET_TYPE_LABEL}`, {
        id,
        props: after,
        type: after.type,
      });
      await recordAudit(run, {
        user: curator.user,
        action: 'actor.edit',
        subjectType: 'actor',
        subjectId: id,
        before: current.props,
        after: { ...after, ...(changes.terms ? { terms: changes.terms } : {}) },
        note: curator.note ?? null,
      });
      return { before: current.props, after };
    },
    { metadata: { app: 'entente', op: 'editActor' } },
  );
}

export interface NewActor {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  countryCode?: string | null;
  memberOf?: string[];
  partOf?: string | null;
  terms?: OfficeTerm[];
}

/** Creates an actor by hand; refused when the id is taken. */
export async function createActor(db: Database, actor: NewActor, curator: Curator): Promise<Props> {
  return db.writeTransaction(
    async (run) => {
      if (await actorSnapshot(run, actor.id))
        throw new ActorCurationError(`actor "${actor.id}" already exists`, 'conflict');
      await checkActorsExist(run, [
        ...(actor.memberOf ?? []),
        ...(actor.partOf ? [actor.partOf] : []),
      ]);
      const props = applyChanges(
        {
          id: actor.id,
          name: actor.name,
          type: actorLabel(actor.type),
          aliases: [],
          countryCode: actor.countryCode ?? null,
          memberOf: actor.memberOf ?? [],
          partOf: actor.partOf ?? null,
          role: null,
          years: null,
        },
        { addAliases: actor.aliases ?? [], terms: actor.terms },
      );
      await run(`CREATE (a:Actor) SET a = $props WITH a ${SET_TYPE_LABEL}`, {
        props,
        type: props.type,
      });
      await recordAudit(run, {
        user: curator.user,
        action: 'actor.create',
        subjectType: 'actor',
        subjectId: actor.id,
        before: null,
        after: props,
        note: curator.note ?? null,
      });
      return props;
    },
    { metadata: { app: 'entente', op: 'createActor' } },
  );
}
