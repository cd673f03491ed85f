// What every route needs: the database, the resolved options, the access policy, and the lazily loaded registry.
import type { FastifyInstance } from 'fastify';
import type { ActorRegistry } from '../../ingest/actors/index.ts';
import type { AccessPolicy } from './access-policy.ts';
import type { ServerExtractor } from './extractor.ts';
import type { ResolvedServerOptions } from './options.ts';
import type { OverviewCache } from './overview-cache.ts';

export interface ServerContext {
  options: ResolvedServerOptions;
  policy: AccessPolicy;
  registry: () => Promise<ActorRegistry>;
  /** Drops the loaded registry after an actor correction changed the curated file. */
  registryChanged: () => void;
  /** Ingest's extraction on worker threads, under a time budget per article. */
  extractor: ServerExtractor;
  /** /api/graph's answers per graph version, at most overviewMaxStaleMs behind; server writes invalidate it. */
  overview: OverviewCache;
}

export type RouteModule = (app: FastifyInstance, context: ServerContext) => void;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Needs the bearer token whenever the policy asks for one (writes). */
    privileged?: boolean;
    /** Answers without the token even off loopback (costs the database nothing worth guarding). */
    open?: boolean;
  }
}
