// The curation audit trail: every curation action is an (:AuditEntry) node written in the same transaction as
// the change it records (who, when, what, before and after), so the trail and the graph never disagree.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from './database.ts';
import type { Run } from './aggregates.ts';

export type AuditSubject = 'statement' | 'actor' | 'relation' | 'investigation';

export interface AuditInput {
  user: string;
  action: string;
  subjectType: AuditSubject;
  subjectId: string;
  before: unknown;
  after: unknown;
  note?: string | null;
}

export interface AuditEntry extends Omit<AuditInput, 'before' | 'after' | 'note'> {
  id: string;
  /** ISO timestamp. */
  at: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

/** Appends one entry inside the caller's write transaction; returns its id. */
export async function recordAudit(run: Run, input: AuditInput): Promise<string> {
  const id = randomUUID();
  await run(
    `CREATE (e:AuditEntry {id: $id, at: $at, user: $user, action: $action, subjectType: $subjectType,
                           subjectId: $subjectId, before: $before, after: $after, note: $note})`,
    {
      id,
      at: new Date().toISOString(),
      user: input.user,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      // Neo4j properties cannot hold maps: snapshots are stored as JSON text.
      before: JSON.stringify(input.before ?? null),
      after: JSON.stringify(input.after ?? null),
      note: input.note ?? null,
    },
  );
  return id;
}

export interface AuditFilter {
  subjectId?: string | null;
  user?: string | null;
  /** An action ("statement.reject") or its group ("statement": every statement action). */
  action?: string | null;
  limit?: number;
}

/** The trail, newest first. */
export async function listAudit(db: Database, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const result = await db.run(
    `MATCH (e:AuditEntry)
     WHERE ($subjectId IS NULL OR e.subjectId = $subjectId) AND ($user IS NULL OR e.user = $user)
       AND ($action IS NULL OR e.action = $action OR e.action STARTS WITH $action + '.')
     RETURN e {.*} AS e
     ORDER BY e.at DESC, e.id
     LIMIT $limit`,
    {
      subjectId: filter.subjectId ?? null,
      user: filter.user ?? null,
      action: filter.action ?? null,
      limit: neo4j.int(Math.max(1, Math.min(Math.trunc(filter.limit ?? 1000), 100_000))),
    },
  );
  return result.records.map((record) => {
    const e = record.get('e') as Record<string, string | null>;
    return {
      id: e.id!,
      at: e.at!,
      user: e.user!,
      action: e.action!,
      subjectType: e.subjectType as AuditSubject,
      subjectId: e.subjectId!,
      before: JSON.parse(e.before ?? 'null') as unknown,
      after: JSON.parse(e.after ?? 'null') as unknown,
      note: e.note ?? null,
    };
  });
}
