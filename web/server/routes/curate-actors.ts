// Actor curation over HTTP (writes: the token rule of every write): create, edit, merge, undo a merge. Each also
// updates the curated actors file, and the server's registry is reloaded so the next ingest links the same way.
import { z } from 'zod';
import { ActorCurationError } from '../../../graph/curate-actors.ts';
import { ACTOR_TYPES } from '../../../ingest/ontology/vocabulary.ts';
import {
  createActorRecorded,
  editActorRecorded,
  mergeActorsRecorded,
  undoMergeRecorded,
} from '../../../pipeline/actor-corrections.ts';
import { ApiError } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const ID = /^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/;
const actorId = z.string().regex(ID, 'must be an actor id ("RUS", "vladimir-putin")');
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const name = z.string().trim().min(1).max(300);
const note = z.string().trim().max(2000).optional();
const countryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be ISO alpha-3')
  .nullable();
const terms = z
  .array(
    z.strictObject({
      role: z.string().trim().min(1).max(200),
      of: actorId.optional(),
      from: date,
      to: date.optional(),
    }),
  )
  .max(50);

const createBody = z.strictObject({
  id: actorId,
  name,
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(name).max(200).optional(),
  countryCode: countryCode.optional(),
  memberOf: z.array(actorId).max(200).optional(),
  partOf: actorId.nullable().optional(),
  terms: terms.optional(),
  note,
});

const editBody = z
  .strictObject({
    name: name.optional(),
    type: z.enum(ACTOR_TYPES).optional(),
    countryCode: countryCode.optional(),
    addAliases: z.array(name).max(200).optional(),
    removeAliases: z.array(name).max(200).optional(),
    memberOf: z.array(actorId).max(200).optional(),
    partOf: actorId.nullable().optional(),
    terms: terms.optional(),
    note,
  })
  .refine((b) => Object.entries(b).some(([k, v]) => k !== 'note' && v !== undefined), {
    message: 'say what to change',
  });

const mergeBody = z.strictObject({ duplicate: actorId, note });
const undoBody = z.strictObject({ note }).optional();

export type CreateActorRequest = z.input<typeof createBody>;
export type EditActorRequest = z.input<typeof editBody>;
export type MergeActorsRequest = z.input<typeof mergeBody>;

/** An actor's stored properties, as the curation routes send them back. */
export type CuratedActor = Record<string, unknown> & { id: string; name: string };
export interface EditActorResponse {
  before: CuratedActor;
  after: CuratedActor;
}
export interface MergeActorsResponse {
  /** The audit entry of the merge: POST /api/merges/:mergeId/undo puts it back. */
  mergeId: string;
  keep: string;
  duplicate: string;
  moved: number;
  dropped: number;
}
export interface UndoMergeResponse {
  undoId: string;
  keep: string;
  duplicate: string;
}

const STATUS = { not_found: 404, invalid: 400, conflict: 409 } as const;

async function curation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ActorCurationError)
      throw new ApiError(
        STATUS[error.kind],
        error.kind === 'invalid' ? 'invalid_request' : error.kind,
        error.message.replace(/^entente\/graph\/curate-actors: /, ''),
      );
    throw error;
  }
}

export const actorCurationRoutes: RouteModule = (app, context) => {
  const { options } = context;
  const write = { config: { privileged: true } };

  app.post('/api/actors', write, async (request, reply) => {
    const { note: why, ...actor } = parseBody(createBody, request.body);
    const result = await curation(() =>
      createActorRecorded(options.db, actor, { user: options.user, note: why ?? null }),
    );
    context.registryChanged();
    return reply.code(201).send({ actor: result.props as CuratedActor });
  });

  app.patch<{ Params: { id: string } }>('/api/actors/:id', write, async (request) => {
    const { note: why, ...changes } = parseBody(editBody, request.body);
    const result = await curation(() =>
      editActorRecorded(options.db, request.params.id, changes, {
        user: options.user,
        note: why ?? null,
      }),
    );
    context.registryChanged();
    return { before: result.before, after: result.after } as EditActorResponse;
  });

  app.post<{ Params: { id: string } }>('/api/actors/:id/merge', write, async (request) => {
    const body = parseBody(mergeBody, request.body);
    const { auditId, record } = await curation(() =>
      mergeActorsRecorded(options.db, request.params.id, body.duplicate, {
        user: options.user,
        note: body.note ?? null,
      }),
    );
    context.registryChanged();
    const response: MergeActorsResponse = {
      mergeId: auditId,
      keep: record.keep,
      duplicate: record.duplicate,
      moved: record.moved.length,
      dropped: record.dropped.length,
    };
    return response;
  });

  app.post<{ Params: { mergeId: string } }>('/api/merges/:mergeId/undo', write, async (request) => {
    const body = parseBody(undoBody, request.body ?? undefined);
    const { auditId, record } = await curation(() =>
      undoMergeRecorded(options.db, request.params.mergeId, {
        user: options.user,
        note: body?.note ?? null,
      }),
    );
    context.registryChanged();
    const response: UndoMergeResponse = {
      undoId: auditId,
      keep: record.keep,
      duplicate: record.duplicate,
    };
    return response;
  });
};
