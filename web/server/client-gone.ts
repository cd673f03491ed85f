// One AbortSignal per request that fires when the client goes away before its answer: routes pass it to the
// database, which closes the session and so ends the Neo4j transaction (an abandoned query stops working).
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Aborted when the client disconnects before the response is written. */
    clientGone: AbortSignal;
  }
}

export function trackClientGone(app: FastifyInstance): void {
  app.decorateRequest('clientGone', null as unknown as AbortSignal);
  app.addHook('onRequest', async (request, reply) => {
    const controller = new AbortController();
    request.clientGone = controller.signal;
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
  });
}
