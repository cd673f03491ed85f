// `entente export --format gexf|graphml|json|csv [filters]`: the actor graph, or a part of it, for other tools.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { GraphScope } from '../../queries/analytics/load-evidence-graph.ts';
import { ensureDatabase } from './db.ts';
import { EXPORT_FORMATS, exportGraph, serialise, type ExportFormat } from './export-graph.ts';

interface ExportOptions {
  format: string;
  output?: string;
  types?: string;
  relationTypes?: string;
  quadClasses?: string;
  from?: string;
  to?: string;
  minCount?: string;
  limit: string;
  bloc?: string;
  table: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'the actor graph (or a part) as GEXF, GraphML, graphology JSON or CSV, with blocs, PageRank and colours',
    )
    .requiredOption('-f, --format <format>', EXPORT_FORMATS.join(', '))
    .option('-o, --output <file>', 'write here instead of standard output')
    .option('--types <list>', 'actor types, comma-separated (default: all)')
    .option('--relation-types <list>', 'relation types, comma-separated (default: all)')
    .option('--quad-classes <list>', 'quad classes, comma-separated (default: all)')
    .option('--from <date>', 'first statement date counted (YYYY-MM-DD)')
    .option('--to <date>', 'last statement date counted (YYYY-MM-DD)')
    .option('--min-count <n>', 'least statements per relation')
    .option('--limit <n>', 'most actors (the most important kept)', '5000')
    .option(
      '--bloc <actor>',
      'only the cooperation bloc of this actor (see `entente analyze blocs`)',
    )
    .option('--table <table>', 'for csv: edges or nodes', 'edges')
    .action(async (opts: ExportOptions) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format))
        throw new Error(
          `entente/bin/export: --format must be ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`,
        );
      if (!['edges', 'nodes'].includes(opts.table))
        throw new Error(`entente/bin/export: --table must be edges or nodes, got "${opts.table}"`);
      const params = {
        types: opts.types,
        relationTypes: opts.relationTypes,
        quadClasses: opts.quadClasses,
        from: opts.from,
        to: opts.to,
        minCount: opts.minCount,
        limit: opts.limit,
      };
      // Loaded on use: the analytics and the query library are large for a command's start.
      const [
        { blocs },
        { centrality },
        { loadEvidenceGraph, resolveActor },
        graphOverview,
        { runQuery },
      ] = await Promise.all([
        import('../../graph/analytics/blocs.ts'),
        import('../../graph/analytics/centrality.ts'),
        import('../../queries/analytics/load-evidence-graph.ts'),
        import('../../queries/named/graph-overview.ts').then((m) => m.default),
        import('../../queries/run-query.ts'),
      ]);
      const db = await ensureDatabase((line) => console.error(line));
      try {
        const { data: json, params: used } = await runQuery(db, graphOverview, params);
        const scope: GraphScope = {
          from: used.from as string | null,
          to: used.to as string | null,
          rollUp: true,
        };
        const evidence = await loadEvidenceGraph(db, scope);
        const analytics = { evidence, centrality: centrality(evidence), blocs: blocs(evidence) };
        if (opts.bloc) {
          const leader = resolveActor(evidence, opts.bloc, scope);
          const bloc = analytics.blocs.cooperation.blocs.find((b) =>
            b.members.some((m) => m.id === leader),
          )!;
          const members = new Set(
            bloc.members.flatMap((m) => evidence.getNodeAttribute(m.id, 'members')),
          );
          json.nodes = json.nodes.filter((n) => members.has(n.key));
          json.edges = json.edges.filter((e) => members.has(e.source) && members.has(e.target));
        }
        const description = `Entente actor graph${scope.from || scope.to ? `, ${scope.from ?? '…'} to ${scope.to ?? '…'}` : ''}${opts.bloc ? `, bloc of ${opts.bloc}` : ''}`;
        const graph = exportGraph(json, analytics, description);
        const text = serialise(graph, opts.format as ExportFormat, opts.table as 'edges' | 'nodes');
        if (opts.output) fs.writeFileSync(opts.output, text);
        else process.stdout.write(text);
        const truncated = json.attributes?.truncated
          ? ` (cut at ${json.attributes.limit} actors)`
          : '';
        console.error(
          `${graph.order} actors, ${graph.size} relations${truncated}${opts.output ? ` written to ${opts.output}` : ''}`,
        );
      } finally {
        await db.close();
      }
    });
}
