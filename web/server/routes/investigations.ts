// Saved investigations over HTTP: list, open, save, update, delete (writes: the token rule of every write).
import { z } from 'zod';
import {
  createInvestigation,
  deleteInvestigation,
  getInvestigation,
  listInvestigations,
  updateInvestigation,
  type Investigation,
  type InvestigationSummary,
} from '../../../graph/investigations.ts';
import { ApiError } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const finite = z.number().finite();
const actorIds = (max: number) => z.array(z.string().min(1).max(200)).max(max);

/** The explorer's view as an investigation keeps it: the URL hash's state and what the hash leaves out. */
const viewSchema = z.strictObject({
  /** The shareable state as the URL hash writes it (filters, selection, colour and size, tab). */
  hash: z.string().max(4000),
  camera: z
    .strictObject({ x: finite, y: finite, ratio: finite.positive(), angle: finite })
    .nullable(),
  hidden: actorIds(5000),
  pinned: actorIds(1000),
  /** The Cypher in the query console. */
  query: z.string().max(20_000),
});

const investigationBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  note: z.string().trim().max(10_000).default(''),
  view: viewSchema,
  /** Statement ids. */
  bookmarks: z.array(z.string().min(1).max(200)).max(1000).default([]),
});

export type InvestigationView = z.infer<typeof viewSchema>;
export type InvestigationRequest = z.input<typeof investigationBody>;
export type SavedInvestigation = Omit<Investigation, 'view'> & { view: InvestigationView };
export type { InvestigationSummary };
export type { Bookmark } from '../../../graph/investigations.ts';

const notFound = (id: string) => new ApiError(404, 'not_found', `no investigation "${id}"`);

export const investigationRoutes: RouteModule = (app, { options }) => {
  const write = { config: { privileged: true } };

  app.get('/api/investigations', async () => ({
    investigations: await listInvestigations(options.db),
  }));

  app.get<{ Params: { id: string } }>('/api/investigations/:id', async (request) => {
    const found = await getInvestigation(options.db, request.params.id);
    if (!found) throw notFound(request.params.id);
    return { investigation: found as SavedInvestigation };
  });

  app.post('/api/investigations', write, async (request, reply) => {
    const body = parseBody(investigationBody, request.body);
    const saved = await createInvestigation(options.db, body, options.user);
    return reply.code(201).send({ investigation: saved });
  });

  app.put<{ Params: { id: string } }>('/api/investigations/:id', write, async (request) => {
    const body = parseBody(investigationBody, request.body);
    const saved = await updateInvestigation(options.db, request.params.id, body, options.user);
    if (!saved) throw notFound(request.params.id);
    return { investigation: saved };
  });

  app.delete<{ Params: { id: string } }>('/api/investigations/:id', write, async (request) => {
    if (!(await deleteInvestigation(options.db, request.params.id, options.user)))
      throw notFound(request.params.id);
    return { deleted: request.params.id };
  });
};
