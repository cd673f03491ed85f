// `entente queries` lists the named queries; `entente query <name | "cypher">` runs one (raw Cypher read-only).
import type { Command } from 'commander';
import type { Database } from '../../graph/database.ts';
import { collectParam, print, type Format, type Output } from './output.ts';

const say = (line: string) => console.log(line);

/** A named query when the name is on the list; anything else is Cypher, run read-only. */
async function runNameOrCypher(
  db: Database,
  nameOrCypher: string,
  params: Record<string, string>,
): Promise<Output> {
  const { QUERIES } = await import('../../queries/index.ts');
  const descriptor = QUERIES.find((q) => q.name === nameOrCypher);
  if (descriptor) {
    const [{ runQuery }, { plainRows }] = await Promise.all([
      import('../../queries/run-query.ts'),
      import('../../queries/plain-rows.ts'),
    ]);
    const run = await runQuery(db, descriptor, params);
    return {
      columns: run.keys,
      rows: plainRows(run.records),
      note: `${run.records.length} row(s), ${run.elapsedMs} ms`,
    };
  }
  if (/^[a-z][a-z0-9-]*$/.test(nameOrCypher)) {
    throw new Error(
      `entente/bin/queries: unknown query "${nameOrCypher}" (see \`entente queries\`)`,
    );
  }
  // The Cypher parser behind the read-only check is large: loaded only for raw Cypher.
  const [{ runReadOnlyCypher }, { DEFAULT_SERVER_OPTIONS }] = await Promise.all([
    import('../../queries/run-cypher.ts'),
    import('../../web/server/options.ts'),
  ]);
  const result = await runReadOnlyCypher(db, nameOrCypher, params, {
    timeoutMs:
      Number(process.env.ENTENTE_CYPHER_TIMEOUT_MS) || DEFAULT_SERVER_OPTIONS.cypherTimeoutMs,
    rowLimit: Number(process.env.ENTENTE_CYPHER_ROW_LIMIT) || DEFAULT_SERVER_OPTIONS.cypherRowLimit,
    byteLimit:
      Number(process.env.ENTENTE_CYPHER_BYTE_LIMIT) || DEFAULT_SERVER_OPTIONS.cypherByteLimit,
  });
  const cut = result.truncated
    ? ` (truncated at ${result.rowCount}${result.truncatedBy === 'bytes' ? ', the byte limit' : ''})`
    : '';
  return {
    columns: result.columns,
    rows: result.rows,
    note: `${result.rowCount} row(s)${cut}, ${result.elapsedMs} ms`,
  };
}

export function registerQueryCommands(program: Command): void {
  program
    .command('queries')
    .description('list the named queries with their parameters')
    .option('--json', 'print the list as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { QUERIES } = await import('../../queries/index.ts');
      if (opts.json)
        return say(
          JSON.stringify(
            QUERIES.map(({ name, description, params }) => ({ name, description, params })),
            null,
            2,
          ),
        );
      for (const q of QUERIES) {
        say(`${q.name}\n  ${q.description}`);
        for (const p of q.params) {
          const flags = [
            p.type,
            p.required ? 'required' : `default ${JSON.stringify(p.default ?? null)}`,
          ];
          say(`    --param ${p.name}=…  (${flags.join(', ')}) ${p.description}`);
        }
      }
    });

  program
    .command('query')
    .description('run a named query, or read-only Cypher given in quotes')
    .argument('<name-or-cypher>', 'a name from `entente queries`, or a Cypher statement')
    .option(
      '-p, --param <key=value>',
      'a parameter (repeatable); lists are comma-separated',
      collectParam,
      {},
    )
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(
      async (nameOrCypher: string, opts: { param: Record<string, string>; format: string }) => {
        if (!['table', 'json', 'csv'].includes(opts.format))
          throw new Error(
            `entente/bin/queries: --format must be table, json or csv, got "${opts.format}"`,
          );
        // The database (and the Neo4j driver) only for `query`: `queries` lists without connecting.
        const { ensureDatabase } = await import('./db.ts');
        const db = await ensureDatabase((line) => console.error(line));
        try {
          print(await runNameOrCypher(db, nameOrCypher, opts.param), opts.format as Format);
        } finally {
          await db.close();
        }
      },
    );
}
