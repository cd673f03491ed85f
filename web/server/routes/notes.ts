// Notes on actors and relations over HTTP: list (one subject's, or those whose text matches), add, edit, delete
// (writes: the token rule of every write).
import { z } from 'zod';
import {
  addNote,
  deleteNote,
  editNote,
  listNotes,
  NOTE_SUBJECTS,
  type Note,
} from '../../../graph/notes.ts';
import { ApiError } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const subjectId = z.string().trim().min(1).max(300);

const listQuery = z.strictObject({
  subjectType: z.enum(NOTE_SUBJECTS).optional(),
  subjectId: subjectId.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const text = z.string().trim().min(1, 'must not be empty').max(10_000);
const noteBody = z.strictObject({ subjectType: z.enum(NOTE_SUBJECTS), subjectId, text });
const editBody = z.strictObject({ text });

export type NoteRequest = z.input<typeof noteBody>;
export type NoteEditRequest = z.input<typeof editBody>;
export type { Note };

export const noteRoutes: RouteModule = (app, { options }) => {
  const write = { config: { privileged: true } };

  app.get('/api/notes', async (request) => {
    const query = parseBody(listQuery, request.query);
    return {
      notes: await listNotes(options.db, {
        subjectType: query.subjectType,
        subjectId: query.subjectId,
        text: query.q,
        limit: query.limit,
      }),
    };
  });

  app.post('/api/notes', write, async (request, reply) => {
    const body = parseBody(noteBody, request.body);
    const note = await addNote(
      options.db,
      body.subjectType,
      body.subjectId,
      body.text,
      options.user,
    );
    if (!note) throw new ApiError(404, 'not_found', `no ${body.subjectType} "${body.subjectId}"`);
    return reply.code(201).send({ note });
  });

  app.patch<{ Params: { id: string } }>('/api/notes/:id', write, async (request) => {
    const body = parseBody(editBody, request.body);
    const note = await editNote(options.db, request.params.id, body.text, options.user);
    if (!note) throw new ApiError(404, 'not_found', `no note "${request.params.id}"`);
    return { note };
  });

  app.delete<{ Params: { id: string } }>('/api/notes/:id', write, async (request) => {
    const note = await deleteNote(options.db, request.params.id, options.user);
    if (!note) throw new ApiError(404, 'not_found', `no note "${request.params.id}"`);
    return { deleted: note.id };
  });
};
