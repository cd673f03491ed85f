// GET /api/queries (the registry as data) and POST /api/queries/:name {params} → {columns, rows, graph, data}.
import { z } from 'zod';
import { QUERIES } from '../../../queries/index.ts';
import { recordActorGraph, recordGraph } from '../../../queries/record-graph.ts';
import { plainRows } from '../../../queries/plain-rows.ts';
import { findQuery, runQuery } from '../../../queries/run-query.ts';
import { badRequest } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';
import type { QueryParam } from '../../../queries/types.ts';
import type { RecordGraph } from '../../../queries/record-graph.ts';
import type { GraphJson } from '../../../queries/actor-graph.ts';
import type { QueryParams } from '../../../queries/types.ts';

/** An entry of GET /api/queries: a descriptor without its Cypher. */
export interface NamedQueryInfo {
  name: string;
  description: string;
  params: readonly QueryParam[];
  routing: 'read' | 'write';
}

/** GET /api/queries: the registry as data. */
export interface NamedQueryList {
  queries: NamedQueryInfo[];
}

/** POST /api/queries/:name: the rows as the console shows them, their graph, and the query's own data. */
export interface NamedQueryResponse {
  name: string;
  params: QueryParams;
  columns: string[];
  rows: Record<string, unknown>[];
  graph: RecordGraph;
  actorGraph: GraphJson;
  data: unknown;
  rowCount: number;
  elapsedMs: number;
}

const runBody = z.strictObject({ params: z.record(z.string(), z.unknown()).optional() });

export const queryRoutes: RouteModule = (app, { options }) => {
  app.get('/api/queries', async (): Promise<NamedQueryList> => ({
    queries: QUERIES.map(({ name, description, params, routing }) => ({
      name,
      description,
      params,
      routing,
    })),
  }));

  app.post<{ Params: { name: string } }>(
    '/api/queries/:name',
    { config: { heavy: true } },
    async (request): Promise<NamedQueryResponse> => {
      const descriptor = findQuery(request.params.name);
      if (descriptor.routing !== 'read')
        throw badRequest(`query "${descriptor.name}" writes; it is not run here`);
      const body = parseBody(runBody, request.body ?? {});
      const run = await runQuery(options.db, descriptor, body.params ?? {}, {
        timeoutMs: options.queryTimeoutMs,
        signal: request.clientGone,
      });
      const graph = recordGraph(run.records);
      return {
        name: run.name,
        params: run.params,
        columns: run.keys,
        rows: plainRows(run.records),
        graph,
        actorGraph: recordActorGraph(graph),
        data: run.data,
        rowCount: run.records.length,
        elapsedMs: run.elapsedMs,
      };
    },
  );
};
