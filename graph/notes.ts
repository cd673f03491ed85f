// Analysts' notes on actors and relations: (:Note) nodes keyed by their subject's id, apart from the aggregated
// relationships (which rebuilds replace) so a note outlives every re-ingest. Adding, editing and deleting one is
// audited.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { recordAudit } from './audit.ts';
import type { Database } from './database.ts';

export const NOTE_SUBJECTS = ['actor', 'relation'] as const;
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];

export interface Note {
  id: string;
  subjectType: NoteSubject;
  subjectId: string;
  text: string;
  author: string;
  at: string;
  /** The last edit, when there was one (the author stays the note's writer). */
  editedBy: string | null;
  editedAt: string | null;
}

// A relation exists while a statement (kept or rejected) carries its id.
const SUBJECT_EXISTS: Record<NoteSubject, string> = {
  actor: 'RETURN EXISTS { MATCH (:Actor {id: $id}) } AS found',
  relation: `RETURN EXISTS { MATCH (:Statement {relationId: $id}) }
                 OR EXISTS { MATCH (:RejectedStatement {relationId: $id}) } AS found`,
};

const NOTE = 'n {.id, .subjectType, .subjectId, .text, .author, .at, .editedBy, .editedAt} AS n';

export interface NoteFilter {
  subjectType?: NoteSubject | null;
  subjectId?: string | null;
  /** Words the text contains (case-insensitive), for searching notes. */
  text?: string | null;
  limit?: number;
}

/** Notes, oldest first on one subject; newest first when searching across subjects. */
export async function listNotes(db: Database, filter: NoteFilter): Promise<Note[]> {
  const r = await db.run(
    `MATCH (n:Note)
     WHERE ($subjectType IS NULL OR n.subjectType = $subjectType)
       AND ($subjectId IS NULL OR n.subjectId = $subjectId)
       AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
     RETURN ${NOTE}
     ORDER BY CASE WHEN $subjectId IS NULL THEN '' ELSE n.at END, n.at DESC, n.id
     LIMIT $limit`,
    {
      subjectType: filter.subjectType ?? null,
      subjectId: filter.subjectId ?? null,
      text: filter.text?.trim() || null,
      limit: neo4j.int(Math.max(1, Math.min(Math.trunc(filter.limit ?? 200), 1000))),
    },
  );
  return r.records.map((x) => x.get('n') as Note);
}

export async function addNote(
  db: Database,
  subjectType: NoteSubject,
  subjectId: string,
  text: string,
  author: string,
): Promise<Note | null> {
  return db.writeTransaction(async (run) => {
    const exists = await run(SUBJECT_EXISTS[subjectType], { id: subjectId });
    if (!exists.records[0]?.get('found')) return null;
    const note: Note = {
      id: randomUUID(),
      subjectType,
      subjectId,
      text,
      author,
      at: new Date().toISOString(),
      editedBy: null,
      editedAt: null,
    };
    await run('CREATE (n:Note) SET n = $note', { note });
    await recordAudit(run, {
      user: author,
      action: 'note.add',
      subjectType,
      subjectId,
      before: null,
      after: note,
    });
    return note;
  });
}

/**
 * Replaces a note's text, the text before kept in the audit entry; null when there is none with that id. The same
 * text again changes and records nothing.
 */
export async function editNote(
  db: Database,
  id: string,
  text: string,
  user: string,
): Promise<Note | null> {
  return db.writeTransaction(async (run) => {
    const r = await run(`MATCH (n:Note {id: $id}) RETURN ${NOTE}`, { id });
    const before = r.records[0]?.get('n') as Note | undefined;
    if (!before) return null;
    if (before.text === text) return before;
    const after: Note = { ...before, text, editedBy: user, editedAt: new Date().toISOString() };
    await run('MATCH (n:Note {id: $id}) SET n.text = $text, n.editedBy = $user, n.editedAt = $at', {
      id,
      text,
      user,
      at: after.editedAt,
    });
    await recordAudit(run, {
      user,
      action: 'note.edit',
      subjectType: before.subjectType,
      subjectId: before.subjectId,
      before,
      after,
    });
    return after;
  });
}

/** Deletes a note, its text kept in the audit entry; null when there is none with that id. */
export async function deleteNote(db: Database, id: string, user: string): Promise<Note | null> {
  return db.writeTransaction(async (run) => {
    const r = await run(`MATCH (n:Note {id: $id}) RETURN ${NOTE}`, { id });
    const note = r.records[0]?.get('n') as Note | undefined;
    if (!note) return null;
    await run('MATCH (n:Note {id: $id}) DELETE n', { id });
    await recordAudit(run, {
      user,
      action: 'note.delete',
      subjectType: note.subjectType,
      subjectId: note.subjectId,
      before: note,
      after: null,
    });
    return note;
  });
}
