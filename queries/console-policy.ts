// What the Cypher console admits, decided on the parse tree of Neo4j's own Cypher grammar: reading clauses and
// allow-listed procedures only (Neo4j Community has no read-only role, so SHOW/TERMINATE would otherwise run).
import { getDebugTree, type SimpleTree } from '@neo4j-cypher/language-support';
import { z } from 'zod';
import data from './console-policy.json' with { type: 'json' };

const policySchema = z.strictObject({
  /** Grammar rules under `clause` that only read. */
  readingClauses: z.array(z.string().min(1)),
  /** Other clause rules, each with why it is refused. */
  refusedClauses: z.record(z.string().min(1), z.string().min(1)),
  /** Rules refused wherever they occur in the tree. */
  refusedRules: z.record(z.string().min(1), z.string().min(1)),
  /** Procedures CALL may name, exactly. */
  procedures: z.array(z.string().regex(/^[A-Za-z_][\w.]*$/)),
  /** Operators of Neo4j's plan that are refused (a trailing * matches a prefix): the server-side second check. */
  refusedPlanOperators: z.array(z.string().regex(/^\w+\*?$/)),
});

function loadPolicy() {
  const parsed = policySchema.safeParse(data);
  if (!parsed.success)
    throw new Error(`entente/queries/console-policy: console-policy.json: ${parsed.error.message}`);
  const policy = parsed.data;
  const twice = policy.readingClauses.filter((c) => c in policy.refusedClauses);
  if (twice.length > 0)
    throw new Error(
      `entente/queries/console-policy: console-policy.json lists ${twice.join(', ')} as both reading and refused`,
    );
  return policy;
}

export const CONSOLE_POLICY = loadPolicy();
const PROCEDURES = new Set(CONSOLE_POLICY.procedures);
const READING = new Set(CONSOLE_POLICY.readingClauses);

const leaves = (t: SimpleTree): string[] =>
  t.children?.length ? t.children.flatMap(leaves) : [t.name];

/** A procedure's name as Neo4j resolves it: `db`.`labels` and db.labels are the same. */
const procedureName = (t: SimpleTree) => leaves(t).join('').replace(/`/g, '');

/** The opening keywords of what was refused ("SHOW TRANSACTIONS", "CREATE USER", "SET"), to name it. */
function opening(t: SimpleTree, most: number): string {
  const words: string[] = [];
  for (const leaf of leaves(t)) {
    if (!/^[a-z]+$/i.test(leaf) || words.length === most) break;
    words.push(leaf.toUpperCase());
  }
  return words.join(' ') || leaves(t)[0];
}

/**
 * Null when the console may run the query, else why not (one sentence). A query the grammar cannot parse is not
 * refused here: Neo4j's own parser then reports the syntax error, and the plan is checked again before it runs.
 */
export function consoleRefusal(query: string): string | null {
  const tree = getDebugTree(query);
  // A trailing semicolon leaves an empty statement behind it.
  const statements = (tree.children ?? []).filter((s) => s.children?.length);
  if (statements.length > 1) return 'send one statement at a time';
  const problems: string[] = [];
  const visit = (node: SimpleTree) => {
    const children = node.children ?? [];
    // Own keys only: a token such as `toString` must not find Object.prototype's.
    const refusedRule = Object.hasOwn(CONSOLE_POLICY.refusedRules, node.name)
      ? CONSOLE_POLICY.refusedRules[node.name]
      : null;
    if (refusedRule) {
      problems.push(`${opening(node, 2)}: ${refusedRule}`);
      return;
    }
    if (node.name === 'clause' && children[0]) {
      const kind = children[0].name;
      if (!READING.has(kind)) {
        const why = Object.hasOwn(CONSOLE_POLICY.refusedClauses, kind)
          ? CONSOLE_POLICY.refusedClauses[kind]
          : 'only reading clauses are allowed here';
        const words = kind === 'composableCommandClauses' ? 2 : 1;
        problems.push(`${opening(children[0], words)}: ${why}`);
        return;
      }
    }
    if (node.name === 'procedureName') {
      const name = procedureName(node);
      if (!PROCEDURES.has(name))
        problems.push(
          `CALL ${name}: the console calls only ${CONSOLE_POLICY.procedures.join(', ')}`,
        );
      return;
    }
    children.forEach(visit);
  };
  statements.forEach(visit);
  if (problems.length === 0) return null;
  return [...new Set(problems)].join('; ');
}

/** True when an operator of Neo4j's plan (`ShowTransactions@neo4j`) is refused. */
export function refusedPlanOperator(operatorType: string): boolean {
  const op = operatorType.split('@')[0];
  return CONSOLE_POLICY.refusedPlanOperators.some((pattern) =>
    pattern.endsWith('*') ? op.startsWith(pattern.slice(0, -1)) : op === pattern,
  );
}

export function consoleMayCall(procedure: string): boolean {
  return PROCEDURES.has(procedure);
}
