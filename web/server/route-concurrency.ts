// Heavy routes (the overview, paths, neighbourhoods, named queries, raw Cypher) run at most N requests each at once;
// past that they answer 503 with Retry-After at once, so cheap endpoints (search, profiles, evidence) keep a
// connection to Neo4j and keep answering while heavy ones pile up.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from './api-error.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** At most `heavyRequestsPerRoute` of this route's requests run at once. */
    heavy?: boolean;
  }
}

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;

/** The 503 for a request refused because too many like it are running, with Retry-After set on the reply. */
export function busy(reply: FastifyReply, why: string): ApiError {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return new ApiError(503, 'busy', `${why}: try again in ${RETRY_AFTER_SECONDS} s`);
}

export function limitHeavyRoutes(app: FastifyInstance, perRoute: number): void {
  const running = new Map<string, number>();
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.heavy) return;
    const route = `${request.method} ${request.routeOptions.url}`;
    const now = running.get(route) ?? 0;
    if (now >= perRoute) throw busy(reply, `${perRoute} ${route} requests are already running`);
    running.set(route, now + 1);
    // 'close' comes once the response is written or the client has gone, whichever is first.
    reply.raw.once('close', () => running.set(route, (running.get(route) ?? 1) - 1));
  });
}
