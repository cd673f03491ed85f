// `entente analyze <measure>`: centrality, blocs, paths, dyad trends or balance over the evidenced graph of a period.
import type { Command } from 'commander';
import { MEASURES } from '../../queries/analytics/measures.ts';
import { ensureDatabase } from './db.ts';
import { collectParam, csv, table, type Format } from './output.ts';

interface AnalyzeOptions {
  from?: string;
  to?: string;
  actor?: string;
  other?: string;
  rollUp: boolean;
  writeBack?: boolean;
  param: Record<string, string>;
  format: string;
}

const say = (line: string) => console.log(line);

/** The flags given, then --param pairs; the measure's declaration validates them all (unknown ones included). */
function paramsOf(opts: AnalyzeOptions): Record<string, unknown> {
  const params: Record<string, unknown> = { ...opts.param };
  for (const name of ['from', 'to', 'actor', 'other'] as const)
    if (opts[name] !== undefined) params[name] = opts[name];
  if (!opts.rollUp) params.rollUp = false;
  return params;
}

function describeMeasures(): void {
  for (const m of MEASURES) {
    say(`${m.name}\n  ${m.description}`);
    for (const p of m.params) {
      const flags = [
        p.type,
        p.required ? 'required' : `default ${JSON.stringify(p.default ?? null)}`,
      ];
      say(`    ${p.name}  (${flags.join(', ')}) ${p.description}`);
    }
  }
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description(
      `analytics over the evidenced graph of a period: ${MEASURES.map((m) => m.name).join(', ')} (no measure: list them)`,
    )
    .argument('[measure]', 'the measure to compute')
    .option('--from <date>', 'first statement date included (YYYY-MM-DD)')
    .option('--to <date>', 'last statement date included (YYYY-MM-DD)')
    .option('--actor <id>', 'the actor (paths and dyad: the first of two)')
    .option('--other <id>', 'the second actor, for paths and dyad')
    .option(
      '--no-roll-up',
      'persons and government bodies stand for themselves, not for their state or body',
    )
    .option(
      '--write-back',
      'store PageRank and cooperation bloc on the actors (pagerank, bloc, blocName, analyticsFrom, analyticsTo), replacing earlier ones',
    )
    .option(
      '-p, --param <key=value>',
      'any other parameter of the measure (repeatable)',
      collectParam,
      {},
    )
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(async (measureName: string | undefined, opts: AnalyzeOptions) => {
      if (!measureName) return describeMeasures();
      if (!['table', 'json', 'csv'].includes(opts.format))
        throw new Error(
          `entente/bin/analyze: --format must be table, json or csv, got "${opts.format}"`,
        );
      // Loaded on use: the analytics and the query library are large for a command's start.
      const { analysisTables, findMeasure, runAnalysis } =
        await import('../../queries/analytics/run-analysis.ts');
      findMeasure(measureName);
      const db = await ensureDatabase((line) => console.error(line));
      try {
        const analysis = await runAnalysis(db, measureName, paramsOf(opts), {
          writeBack: opts.writeBack,
        });
        if (analysis.writeBack)
          console.error(
            `PageRank and bloc stored on ${analysis.writeBack.actors} actors (${analysis.writeBack.cleared} earlier values cleared)`,
          );
        const format = opts.format as Format;
        if (format === 'json') return say(JSON.stringify(analysis, null, 2));
        const tables = analysisTables(analysis);
        if (format === 'csv') {
          // One table per CSV: the first; the others are in --format json.
          say(csv(tables[0]));
        } else {
          say(tables.map((t) => `${t.title}\n${table(t)}`).join('\n\n'));
        }
        console.error(
          `${analysis.graph.actors} actors, ${analysis.graph.pairs} directed pairs, ${analysis.elapsedMs} ms`,
        );
      } finally {
        await db.close();
      }
    });
}
