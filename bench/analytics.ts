// The analytics measures on a synthetic graph of 5,000 actors and 50,000 relations (bench/synthetic-graph.ts),
// computed in memory: the rows the `analytics-graph` query would return are built here, so the figures are the
// measures' own cost (loading from Neo4j is timed by the query bench on the sample corpus). Each is given as wall
// time (`ms`) and as this process's CPU time (`cpuMs`): on a shared machine the wall time is mostly waiting for a
// core, the CPU time is what the measure costs.
import type { ActorRow, EvidenceRow } from '../graph/analytics/evidence-graph.ts';
import { buildEvidenceGraph } from '../graph/analytics/evidence-graph.ts';
import { balance } from '../graph/analytics/balance.ts';
import { blocs } from '../graph/analytics/blocs.ts';
import { centrality } from '../graph/analytics/centrality.ts';
import { dyadTrend } from '../graph/analytics/dyad.ts';
import { paths } from '../graph/analytics/paths.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const round = (n: number) => Math.round(n);

function timed<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return {
    ms: round(performance.now() - started),
    cpuMs: round((used.user + used.system) / 1000),
    result,
  };
}

export function analyticsBench(actors = 5000, relations = 50_000) {
  const g = syntheticGraph({ actors, relations, articles: 4000 });
  const actorRows: ActorRow[] = g.actors.map((a) => ({
    ...a,
    partOf: null,
    leads: [],
    parts: [],
  }));
  // What the named query returns: statements summed per ordered pair, quad class and month.
  const rows = new Map<string, EvidenceRow>();
  for (const s of g.statements) {
    if (!s.quadClass) continue;
    const period = s.date.slice(0, 7);
    const key = `${s.source}|${s.target}|${s.quadClass}|${period}`;
    const row = rows.get(key) ?? {
      source: s.source,
      target: s.target,
      quadClass: s.quadClass,
      period,
      count: 0,
      scoreSum: 0,
    };
    row.count += 1;
    row.scoreSum += s.score;
    rows.set(key, row);
  }
  const build = timed(() => buildEvidenceGraph(actorRows, [...rows.values()], { rollUp: true }));
  const graph = build.result;
  const ranking = timed(() => centrality(graph));
  const [first, second] = ranking.result;
  const last = ranking.result[ranking.result.length - 1];
  const pathOptions = { cooperativeOnly: false, slack: 1, maxLength: 4, limit: 20 };
  const hubPaths = timed(() => paths(graph, { from: first.id, to: second.id, ...pathOptions }));
  const farPaths = timed(() => paths(graph, { from: first.id, to: last.id, ...pathOptions }));
  const triangles = timed(() => balance(graph, { actor: null, unbalancedOnly: true, limit: 50 }));
  const blocsTimed = timed(() => blocs(graph));
  const dyad = timed(() => dyadTrend(graph, first.id, second.id, 'month'));
  const hubBalance = timed(() =>
    balance(graph, { actor: first.id, unbalancedOnly: false, limit: 50 }),
  );
  const figures = {
    buildGraph: build,
    centrality: ranking,
    blocs: blocsTimed,
    pathsBetweenHubs: hubPaths,
    pathsHubToLeaf: farPaths,
    dyadMonthly: dyad,
    balanceOfHub: hubBalance,
    allTriangles: triangles,
  };
  const each = (pick: (t: { ms: number; cpuMs: number }) => number) =>
    Object.fromEntries(Object.entries(figures).map(([name, t]) => [name, pick(t)]));
  return {
    actors: graph.order,
    directedPairs: graph.size,
    relations: g.relations.length,
    statements: g.statements.length,
    evidenceRows: rows.size,
    ms: each((t) => t.ms),
    cpuMs: each((t) => t.cpuMs),
    triangles: {
      balanced: triangles.result.triangles.balanced,
      unbalanced: triangles.result.triangles.unbalanced,
    },
    pathsFound: {
      betweenHubs: hubPaths.result.paths.length,
      hubToLeaf: farPaths.result.paths.length,
      hubToLeafTruncated: farPaths.result.truncated,
    },
    heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ analytics: analyticsBench() }, null, 2));
}
