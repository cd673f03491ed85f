// GET /api/actors (search), /api/actors/:id (profile) and /api/actors/:id/neighbors (graphology JSON).
import actorNeighborhood from '../../../queries/named/actor-neighborhood.ts';
import actorProfile from '../../../queries/named/actor-profile.ts';
import actorSearch, { type ActorHit } from '../../../queries/named/actor-search.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';

type IdParams = { Params: { id: string } };

/** GET /api/actors?q=: the actors whose names or aliases match. */
export interface ActorSearchResponse {
  actors: ActorHit[];
}

export const actorRoutes: RouteModule = (app, { options, registry }) => {
  const timeoutMs = options.queryTimeoutMs;

  app.get('/api/actors', async (request): Promise<ActorSearchResponse> => {
    const { data } = await runQuery(options.db, actorSearch, request.query, {
      timeoutMs,
      signal: request.clientGone,
    });
    return { actors: data };
  });

  app.get<IdParams>('/api/actors/:id', async (request) => {
    const { data } = await runQuery(
      options.db,
      actorProfile,
      { id: request.params.id },
      { timeoutMs, signal: request.clientGone },
    );
    if (!data) throw notFound(`no actor with id "${request.params.id}"`);
    // Registry memberships may name actors no article has mentioned yet: name them from the registry.
    const known = await registry();
    for (const m of data.memberOf) {
      const entry = m.name === m.id ? known.get(m.id) : undefined;
      if (entry) Object.assign(m, { name: entry.name, type: m.type ?? entry.type });
    }
    return data;
  });

  app.get<IdParams>('/api/actors/:id/neighbors', { config: { heavy: true } }, async (request) => {
    const params = { ...(request.query as object), id: request.params.id };
    const { data } = await runQuery(options.db, actorNeighborhood, params, {
      timeoutMs,
      signal: request.clientGone,
    });
    if (!data) throw notFound(`no actor with id "${request.params.id}"`);
    return data;
  });
};
