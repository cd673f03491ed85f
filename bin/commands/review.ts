// `entente review list|accept|reject|correct|reset` and `entente audit`: curation for scripts, recorded under
// ENTENTE_USER (else the OS user) in the audit trail.
import type { Command } from 'commander';
import { curatorName } from '../../graph/config.ts';
import type { Database } from '../../graph/database.ts';
import type { Correction, ReviewAction } from '../../graph/review-statements.ts';
import type { ReviewFlag, ReviewItem } from '../../queries/named/review-queue.ts';
import { ensureDatabase } from './db.ts';
import { print, type Format } from './output.ts';

const FORMATS = ['table', 'json', 'csv'];

function format(value: string): Format {
  if (!FORMATS.includes(value))
    throw new Error(`entente/bin/review: --format must be table, json or csv, got "${value}"`);
  return value as Format;
}

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await ensureDatabase((line) => console.error(line));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** One line on why a statement may be wrong. */
function describeFlag(f: ReviewFlag): string {
  if (f.kind === 'opposite')
    return `opposite ${f.statement.relationId} ${f.statement.date} (${f.statement.reviewState}) ${f.statement.id}`;
  if (f.kind === 'negation') return `negation "${f.word}" before the trigger`;
  return `two states: also tied to ${f.states.map((x) => x.id).join(', ')}`;
}

const describe = (s: { id: string; reviewState: string; relationId: string }) =>
  `${s.id} ${s.reviewState} ${s.relationId}`;

/** Each id in its own transaction; a bad id is reported and the others still go through. */
async function reviewEach(ids: string[], action: ReviewAction, note?: string): Promise<void> {
  const user = curatorName();
  const { reviewStatement } = await import('../../graph/review-statements.ts');
  await withDatabase(async (db) => {
    let failed = 0;
    for (const id of ids) {
      try {
        const { after } = await reviewStatement(db, id, action, { user, note });
        console.log(`${describe(after)} (by ${user})`);
      } catch (error) {
        failed++;
        console.error(`entente: ${id}: ${(error as Error).message}`);
      }
    }
    if (failed > 0) {
      console.error(`${failed} of ${ids.length} statement(s) not changed`);
      process.exitCode = 1;
    }
  });
}

interface ListOptions {
  state: string;
  actor?: string;
  type?: string;
  article?: string;
  minConfidence?: string;
  maxConfidence?: string;
  flagged?: boolean;
  limit: string;
  offset: string;
  format: string;
}

interface CorrectOptions {
  type?: string;
  quadClass?: string;
  date?: string;
  reverse?: boolean;
  source?: string;
  target?: string;
  note?: string;
}

export function registerReviewCommands(program: Command): void {
  const review = program
    .command('review')
    .description('review extracted statements: list, accept, reject, correct, reset');

  review
    .command('list')
    .description('statements to review, newest and least confident first')
    .option('--state <state>', 'unreviewed, accepted, rejected, corrected or any', 'unreviewed')
    .option('--actor <id>', 'only statements with this source or target')
    .option('--type <type>', 'only this relation type')
    .option('--article <id>', 'only this article')
    .option('--min-confidence <n>', 'lowest confidence listed')
    .option('--max-confidence <n>', 'highest confidence listed')
    .option(
      '--flagged',
      'only statements with a contradiction flag (opposite, negation, two states)',
    )
    .option('--limit <n>', 'statements listed', '50')
    .option('--offset <n>', 'statements skipped', '0')
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(async (opts: ListOptions) => {
      const out = format(opts.format);
      const params = Object.fromEntries(
        Object.entries({
          state: opts.state,
          actor: opts.actor,
          type: opts.type,
          article: opts.article,
          minConfidence: opts.minConfidence,
          maxConfidence: opts.maxConfidence,
          flagged: opts.flagged,
          limit: opts.limit,
          offset: opts.offset,
        }).filter(([, v]) => v !== undefined),
      );
      const [{ runQuery }, { default: reviewQueue }] = await Promise.all([
        import('../../queries/run-query.ts'),
        import('../../queries/named/review-queue.ts'),
      ]);
      const { data } = await withDatabase((db) => runQuery(db, reviewQueue, params));
      const rows = data.statements.map((s: ReviewItem) => ({
        id: s.id,
        state: s.reviewState,
        source: s.source.id,
        type: s.type,
        target: s.target.id,
        date: s.date,
        confidence: s.confidence,
        sentence: s.sentence,
        article: s.article.id,
        original: s.original,
        flags: s.flags.map(describeFlag).join('; '),
      }));
      if (out === 'json') console.log(JSON.stringify(data, null, 2));
      else if (out === 'table') {
        // Ids in full (they are what accept and reject take), the sentence on its own line.
        for (const s of data.statements) {
          const conf = s.confidence.toFixed(2);
          console.log(
            `${s.id}  ${s.reviewState}  ${s.relationId}  ${s.date ?? '-'}  confidence ${conf}`,
          );
          console.log(`    ${s.sentence.replace(/\s+/g, ' ')}`);
          for (const flag of s.flags) console.log(`    flag: ${describeFlag(flag)}`);
        }
        console.error(`${data.statements.length} of ${data.total} statement(s)`);
      } else
        print(
          {
            columns: Object.keys(rows[0] ?? { id: 0 }),
            rows,
            note: `${data.statements.length} of ${data.total} statement(s)`,
          },
          out,
        );
    });

  for (const action of ['accept', 'reject', 'reset'] as const) {
    const what = {
      accept: 'accept statements as extracted',
      reject: 'reject statements: they leave the aggregates, views and queries',
      reset: 'back to unreviewed, the extracted values restored',
    }[action];
    review
      .command(action)
      .description(what)
      .argument('<ids...>', 'statement ids (from `entente review list`)')
      .option('--note <text>', 'why')
      .action((ids: string[], opts: { note?: string }) => reviewEach(ids, { action }, opts.note));
  }

  review
    .command('correct')
    .description('correct a statement (the extracted values are kept)')
    .argument('<id>', 'statement id')
    .option('--type <type>', 'the right relation type')
    .option('--quad-class <class>', 'the right quad class')
    .option('--date <date>', 'the right date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--reverse', 'swap source and target')
    .option('--source <id>', 'the right source actor')
    .option('--target <id>', 'the right target actor')
    .option('--note <text>', 'why')
    .action(async (id: string, opts: CorrectOptions) => {
      const correction: Correction = {
        type: opts.type,
        quadClass: opts.quadClass as Correction['quadClass'],
        date: opts.date,
        reverse: opts.reverse,
        source: opts.source,
        target: opts.target,
      };
      for (const key of Object.keys(correction) as (keyof Correction)[])
        if (correction[key] === undefined) delete correction[key];
      if (Object.keys(correction).length === 0)
        throw new Error(
          'entente/bin/review: say what to correct: --type, --quad-class, --date, --reverse, --source or --target',
        );
      await reviewEach([id], { action: 'correct', correction }, opts.note);
    });

  program
    .command('audit')
    .description('the curation audit trail, newest first')
    .option('--subject <id>', 'only actions on this statement, actor, relation or investigation')
    .option('--user <name>', 'only actions by this user')
    .option(
      '--action <action>',
      'only this action (statement.reject) or group (statement, actor, note, investigation)',
    )
    .option('--limit <n>', 'entries listed', '1000')
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(
      async (opts: {
        subject?: string;
        user?: string;
        action?: string;
        limit: string;
        format: string;
      }) => {
        const out = format(opts.format);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new Error(`entente/bin/review: --limit must be a positive integer`);
        const { listAudit } = await import('../../graph/audit.ts');
        const entries = await withDatabase((db) =>
          listAudit(db, { subjectId: opts.subject, user: opts.user, action: opts.action, limit }),
        );
        if (out === 'json') return console.log(JSON.stringify(entries, null, 2));
        const rows = entries.map((e) => ({ ...e }));
        print(
          {
            // A table shows who did what when; JSON and CSV also carry the before and after snapshots.
            columns: ['at', 'user', 'action', 'subjectId', 'note'].concat(
              out === 'table' ? [] : ['before', 'after'],
            ),
            rows,
            note: `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`,
          },
          out,
        );
      },
    );
}
