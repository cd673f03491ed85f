// Runs user-written Cypher read-only: refused up front if the plan writes, in a read transaction, with a timeout and a row cap.
import type { Database } from '../graph/database.ts';
import type { Plan } from 'neo4j-driver';
import type { GraphJson } from './actor-graph.ts';
import { recordActorGraph, recordGraph, type RecordGraph } from './record-graph.ts';
import { plainRows } from './plain-rows.ts';
import { queryError, WriteRefusedError } from './query-errors.ts';

export interface CypherOptions {
  timeoutMs: number;
  rowLimit: number;
  signal?: AbortSignal;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: RecordGraph;
  /** The result's actors and relations as the explorer draws them. */
  actorGraph: GraphJson;
  truncated: boolean;
  rowCount: number;
  elapsedMs: number;
}

export class CypherInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherInputError';
  }
}

/** Procedures a read-only console may call; dbms.* and the rest (config, security, queries) are refused. */
const ALLOWED_PROCEDURES =
  /^(db\.(labels|relationshipTypes|propertyKeys|schema\.|index\.fulltext\.queryNodes|index\.fulltext\.queryRelationships)|dbms\.components)/;

function refusedOperators(plan: Plan | false | undefined): string[] {
  if (!plan) return [];
  const found: string[] = [];
  const visit = (p: Plan) => {
    const op = p.operatorType.split('@')[0];
    if (op === 'LoadCSV') found.push('LOAD CSV');
    if (op === 'ProcedureCall') {
      const args = p.arguments as Record<string, unknown>;
      const name = String(args.Details ?? args.Signature ?? '')
        .split('(')[0]
        .trim();
      if (!ALLOWED_PROCEDURES.test(name)) found.push(`procedure ${name || '(unknown)'}`);
    }
    p.children.forEach(visit);
  };
  visit(plan);
  return found;
}

const LEADING_EXPLAIN = /^\s*(EXPLAIN|PROFILE)\b/i;

export async function runReadOnlyCypher(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  if (!query.trim()) throw new CypherInputError('the query is empty');
  const statement = query.replace(LEADING_EXPLAIN, '');
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
    });
    const graph = recordGraph(streamed.records);
    return {
      columns: streamed.keys,
      rows: plainRows(streamed.records),
      graph,
      actorGraph: recordActorGraph(graph),
      truncated: streamed.truncated,
      rowCount: streamed.records.length,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    throw queryError(error, options.timeoutMs);
  }
}
