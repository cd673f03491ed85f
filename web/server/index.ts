// Entente's HTTP API (and the built UI): startServer wires options, access policy, headers, routes and errors.
import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadActorRegistry, type ActorRegistry } from '../../ingest/actors/index.ts';
import { admission, admitRequests } from './admission.ts';
import { accessPolicy, checkBearer, checkHost } from './access-policy.ts';
import { ApiError, toApiError } from './api-error.ts';
import { trackClientGone } from './client-gone.ts';
import { RETRY_AFTER_SECONDS, limitHeavyRoutes } from './route-concurrency.ts';
import { overviewCache } from './overview-cache.ts';
import type { ServerContext } from './context.ts';
import { resolveServerOptions, type ServerOptions } from './options.ts';
import { actorRoutes } from './routes/actors.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { articleRoutes } from './routes/articles.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { queryRoutes } from './routes/queries.ts';
import { relationRoutes } from './routes/relations.ts';
import { reviewRoutes } from './routes/review.ts';
import { actorCurationRoutes } from './routes/curate-actors.ts';
import { investigationRoutes } from './routes/investigations.ts';
import { noteRoutes } from './routes/notes.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { serverExtractor } from './extractor.ts';

export type { ServerOptions } from './options.ts';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The registry, loaded on first use; an actor correction drops it so the next ingest reads the curated file. */
function registryLoader(option: ServerOptions['registry']) {
  let loaded: Promise<ActorRegistry> | null = null;
  return {
    load: () => {
      loaded ??= (async () => {
        if (option && typeof option !== 'function') return option;
        if (option) return option();
        return loadActorRegistry();
      })();
      return loaded;
    },
    changed: () => {
      loaded = null;
    },
  };
}

/** The app without listening (tests may inject requests into it). */
export async function buildServer(
  options: ServerOptions,
): Promise<{ app: FastifyInstance; context: ServerContext }> {
  const resolved = resolveServerOptions(options);
  const extractor = serverExtractor({
    workers: resolved.extractWorkers,
    budgetMs: resolved.extractBudgetMs,
  });
  const gate = admission(resolved.concurrentRequests, resolved.queueWaitMs);
  const context: ServerContext = {
    options: resolved,
    policy: accessPolicy(resolved.host, resolved.token, resolved.requireToken),
    ...(({ load, changed }) => ({
      registry: load,
      registryChanged: () => {
        changed();
        extractor.changed();
      },
    }))(registryLoader(resolved.registry)),
    extractor,
    overview: overviewCache(resolved.db, {
      maxComputing: resolved.heavyRequestsPerRoute,
      maxStaleMs: resolved.overviewMaxStaleMs,
      admission: gate,
    }),
  };
  const app = Fastify({ logger: resolved.logRequests, bodyLimit: resolved.bodyLimit });
  // Only JSON bodies: a cross-site form or text/plain post cannot reach a write.
  app.removeContentTypeParser('text/plain');
  trackClientGone(app);
  app.addHook('onClose', () => extractor.close());
  limitHeavyRoutes(app, resolved.heavyRequestsPerRoute);
  admitRequests(app, gate);

  app.addHook('onRequest', async (request) => {
    const hostProblem = checkHost(context.policy, request.headers.host);
    if (hostProblem) throw new ApiError(403, 'forbidden_host', hostProblem);
    const config = request.routeOptions.config;
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (config?.privileged || (context.policy.readsNeedToken && isApi && !config?.open)) {
      const problem = checkBearer(context.policy, request.headers.authorization);
      if (problem) throw new ApiError(401, 'unauthorized', problem);
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    // A write through this server (the UI's own edits) is seen by the next overview, even one sent the moment this
    // answer arrives; other processes' writes (an ingest) within overviewMaxStaleMs.
    if (request.routeOptions.config?.privileged) context.overview.invalidate();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === 'busy' && !reply.hasHeader('retry-after'))
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    if (apiError.status >= 500 && apiError.code === 'internal') {
      console.error(`entente serve: ${request.method} ${request.url}:`, error);
    }
    return reply.code(apiError.status).send(apiError.toBody());
  });

  for (const routes of [
    healthRoutes,
    graphRoutes,
    actorRoutes,
    relationRoutes,
    articleRoutes,
    queryRoutes,
    analyticsRoutes,
    cypherRoutes,
    ingestRoutes,
    reviewRoutes,
    actorCurationRoutes,
    investigationRoutes,
    noteRoutes,
  ]) {
    routes(app, context);
  }

  const staticDir = resolved.staticDir;
  const serveUi = staticDir !== null && fs.existsSync(staticDir);
  if (serveUi) await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (serveUi && !isApi && request.method === 'GET') return reply.sendFile('index.html');
    const message = `no route ${request.method} ${request.url.split('?')[0]}`;
    return reply.code(404).send(new ApiError(404, 'not_found', message).toBody());
  });
  return { app, context };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, context } = await buildServer(options);
  await app.listen({ host: context.options.host, port: context.options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : context.options.port;
  const host = context.options.host.includes(':')
    ? `[${context.options.host}]`
    : context.options.host;
  return { url: `http://${host}:${port}`, app, close: () => app.close() };
}
