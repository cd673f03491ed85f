// Runs user-written Cypher read-only: refused up front by its parse tree and by its plan, then run in a read
// transaction with a timeout and a row cap.
import type { Database } from '../graph/database.ts';
import type { Plan } from 'neo4j-driver';
import type { GraphJson } from './actor-graph.ts';
import { recordActorGraph, recordGraph, type RecordGraph } from './record-graph.ts';
import { plainRows } from './plain-rows.ts';
import { toPlain } from './plain-value.ts';
import { consoleMayCall, consoleRefusal, refusedPlanOperator } from './console-policy.ts';
import { queryError, WriteRefusedError } from './query-errors.ts';

export interface CypherOptions {
  timeoutMs: number;
  rowLimit: number;
  /** Most bytes of rows (as JSON) kept; the response is at most about three times it (rows, graph, actorGraph). */
  byteLimit: number;
  signal?: AbortSignal;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: RecordGraph;
  /** The result's actors and relations as the explorer draws them. */
  actorGraph: GraphJson;
  truncated: boolean;
  /** What cut the rows short: the row limit or the byte limit. */
  truncatedBy: 'rows' | 'bytes' | null;
  rowCount: number;
  elapsedMs: number;
}

export class CypherInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherInputError';
  }
}

const CONSOLE_FETCH_SIZE = 50;

/** Longer queries are refused before parsing: the parse runs on the server's event loop. */
export const MAX_QUERY_LENGTH = 20_000;

/** The second check, on Neo4j's plan: refused operators and procedures outside the allow-list. */
function refusedOperators(plan: Plan | false | undefined): string[] {
  if (!plan) return [];
  const found: string[] = [];
  const pending: Plan[] = [plan];
  for (let p = pending.pop(); p; p = pending.pop()) {
    const op = p.operatorType.split('@')[0];
    if (refusedPlanOperator(op)) found.push(op);
    if (op === 'ProcedureCall') {
      const args = p.arguments as Record<string, unknown>;
      const name = String(args.Details ?? args.Signature ?? '')
        .split('(')[0]
        .trim();
      if (!consoleMayCall(name)) found.push(`procedure ${name || '(unknown)'}`);
    }
    pending.push(...p.children);
  }
  return found;
}

/** Why the console refuses the query by its parse tree, or null. */
function parsedRefusal(statement: string): string | null {
  try {
    return consoleRefusal(statement);
  } catch (error) {
    // The grammar's parser recurses per nesting level.
    if (error instanceof RangeError) return 'the query is nested too deeply to be checked';
    throw error;
  }
}

const LEADING_EXPLAIN = /^\s*(EXPLAIN|PROFILE)\b/i;

export async function runReadOnlyCypher(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  if (!query.trim()) throw new CypherInputError('the query is empty');
  if (query.length > MAX_QUERY_LENGTH)
    throw new CypherInputError(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  const statement = query.replace(LEADING_EXPLAIN, '');
  const refusal = parsedRefusal(statement);
  if (refusal) throw new WriteRefusedError(refusal);
  const started = performance.now();
  const meta = {
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    metadata: { app: 'entente', op: 'cypher-console' },
  };
  try {
    // The plan says what the statement is before anything runs: r, rw, w or s (schema).
    const explained = await db.run(`EXPLAIN ${statement}`, params, { ...meta, routing: 'read' });
    const type = explained.summary.queryType;
    if (type !== 'r') {
      const what =
        type === 's' ? 'changes the schema or administers the database' : 'writes to the graph';
      throw new WriteRefusedError(
        `the query ${what} (query type "${type}"); only reads are allowed here`,
      );
    }
    const refused = refusedOperators(explained.summary.plan);
    if (refused.length > 0) {
      throw new WriteRefusedError(
        `the query uses ${[...new Set(refused)].join(', ')}, which is not allowed here`,
      );
    }
    const streamed = await db.stream(statement, params, {
      ...meta,
      routing: 'read',
      maxRecords: options.rowLimit,
      maxBytes: options.byteLimit,
      sizeOf: (record) => Buffer.byteLength(JSON.stringify(toPlain(record.toObject()))),
      // Small batches: Neo4j buffers one batch per query, and rows may be megabytes each.
      fetchSize: CONSOLE_FETCH_SIZE,
    });
    const graph = recordGraph(streamed.records);
    return {
      columns: streamed.keys,
      rows: plainRows(streamed.records),
      graph,
      actorGraph: recordActorGraph(graph),
      truncated: streamed.truncated,
      truncatedBy: streamed.stoppedBy,
      rowCount: streamed.records.length,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    throw queryError(error, options.timeoutMs, Math.round(performance.now() - started));
  }
}
