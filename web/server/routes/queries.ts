// GET /api/queries (the registry as data) and POST /api/queries/:name {params} → {columns, rows, graph, data}.
import { z } from 'zod';
import { QUERIES } from '../../../queries/index.ts';
import { recordGraph } from '../../../queries/record-graph.ts';
import { plainRows } from '../../../queries/plain-rows.ts';
import { findQuery, runQuery } from '../../../queries/run-query.ts';
import { badRequest } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const runBody = z.strictObject({ params: z.record(z.string(), z.unknown()).optional() });

export const queryRoutes: RouteModule = (app, { options }) => {
  app.get('/api/queries', async () => ({
    queries: QUERIES.map(({ name, description, params, routing }) => ({
      name,
      description,
      params,
      routing,
    })),
  }));

  app.post<{ Params: { name: string } }>('/api/queries/:name', async (request) => {
    const descriptor = findQuery(request.params.name);
    if (descriptor.routing !== 'read')
      throw badRequest(`query "${descriptor.name}" writes; it is not run here`);
    const body = parseBody(runBody, request.body ?? {});
    const run = await runQuery(options.db, descriptor, body.params ?? {}, {
      timeoutMs: options.queryTimeoutMs,
    });
    return {
      name: run.name,
      params: run.params,
      columns: run.keys,
      rows: plainRows(run.records),
      graph: recordGraph(run.records),
      data: run.data,
      rowCount: run.records.length,
      elapsedMs: run.elapsedMs,
    };
  });
};
