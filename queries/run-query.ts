// The one runner for named queries: validate parameters, run with the descriptor's routing, transform.
import neo4j from 'neo4j-driver';
import type { Database, Neo4jRecord } from '../graph/database.ts';
import { QUERIES } from './index.ts';
import { queryError } from './query-errors.ts';
import { validateParams } from './query-params.ts';
import type { QueryDescriptor, QueryParams } from './types.ts';

export interface RunQueryOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface QueryRun<T> {
  name: string;
  params: QueryParams;
  keys: string[];
  records: Neo4jRecord[];
  data: T;
  elapsedMs: number;
}

export class UnknownQueryError extends Error {
  constructor(readonly queryName: string) {
    super(`unknown query "${queryName}" (known: ${QUERIES.map((q) => q.name).join(', ')})`);
    this.name = 'UnknownQueryError';
  }
}

export function findQuery(name: string): QueryDescriptor {
  const descriptor = QUERIES.find((q) => q.name === name);
  if (!descriptor) throw new UnknownQueryError(name);
  return descriptor;
}

/** The driver sends every JS number as a float; declared ints go as Bolt integers (LIMIT needs one). */
function boltIntegers(descriptor: QueryDescriptor, params: QueryParams): QueryParams {
  const out = { ...params };
  for (const p of descriptor.params) {
    if (p.type === 'int' && typeof out[p.name] === 'number')
      out[p.name] = neo4j.int(out[p.name] as number);
  }
  return out;
}

export async function runQuery<T>(
  db: Database,
  descriptor: QueryDescriptor<T>,
  rawParams: unknown = {},
  options: RunQueryOptions = {},
): Promise<QueryRun<T>> {
  const validated = validateParams(descriptor as QueryDescriptor, rawParams);
  const params = boltIntegers(
    descriptor,
    descriptor.prepare ? await descriptor.prepare(validated) : validated,
  );
  const started = performance.now();
  const result = await db
    .run(descriptor.query, params, {
      routing: descriptor.routing,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      metadata: { app: 'entente', query: descriptor.name },
    })
    .catch((error: unknown) => {
      throw queryError(error, options.timeoutMs ?? null, Math.round(performance.now() - started));
    });
  return {
    name: descriptor.name,
    params: validated,
    keys: result.records[0]?.keys.map(String) ?? [],
    records: result.records,
    data: await descriptor.transform(result.records, validated),
    elapsedMs: Math.round(performance.now() - started),
  };
}

export function runNamedQuery(
  db: Database,
  name: string,
  rawParams: unknown = {},
  options: RunQueryOptions = {},
): Promise<QueryRun<unknown>> {
  return runQuery(db, findQuery(name), rawParams, options);
}
