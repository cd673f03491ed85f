// The shape of a named query: a pure descriptor that connects to nothing; the runner executes it.
import type { Neo4jRecord, Routing } from '../graph/database.ts';

export type ParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';

export interface QueryParam {
  name: string;
  type: ParamType;
  description: string;
  default?: string | number | boolean | string[] | null;
  required?: boolean;
  /** Allowed values (for string[]: allowed elements). */
  enum?: readonly string[];
  /** Bounds for int and float. */
  min?: number;
  max?: number;
  /** The value is an actor id: forms offer the actors' names and send the chosen one's id. */
  actor?: boolean;
}

export type QueryParams = Record<string, unknown>;

export interface QueryDescriptor<T = unknown> {
  /** kebab-case, the file's name. */
  name: string;
  description: string;
  params: readonly QueryParam[];
  routing: Routing;
  query: string;
  /**
   * Derives extra parameter values from the validated ones (pure), e.g. a Lucene query string. Async when it loads
   * a module on use: listing the queries then loads none of what running one needs.
   */
  prepare?: (params: QueryParams) => QueryParams | Promise<QueryParams>;
  /** Records to plain data, given the validated parameters (async as `prepare` may be). */
  transform: (records: Neo4jRecord[], params: QueryParams) => T | Promise<T>;
}

/** Identity, for inference: `export default defineQuery({...})`. */
export function defineQuery<T>(descriptor: QueryDescriptor<T>): QueryDescriptor<T> {
  return descriptor;
}
