// What the API tests watch in Neo4j: the transactions a request left running, and a wait on a condition.
import type { Database } from '../../graph/database.ts';

/** Transactions whose query carries the marker (not the SHOW itself). */
export async function runningTransactions(db: Database, marker: string): Promise<number> {
  const { records } = await db.run(
    `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n`,
    { marker },
  );
  return records[0].get('n') as number;
}

/** Waits until the condition holds, at most 60 s. */
export async function until(what: string, condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}
