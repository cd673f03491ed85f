// The analytics measures by name: each declares its parameters (validated like a named query's), runs on the
// loaded evidence graph, and gives its answer as data (JSON) and as tables (the CLI's table and CSV).
import { balance } from '../../graph/analytics/balance.ts';
import { blocs } from '../../graph/analytics/blocs.ts';
import { centrality } from '../../graph/analytics/centrality.ts';
import { dyadTrend, type Granularity } from '../../graph/analytics/dyad.ts';
import type { EvidenceGraph } from '../../graph/analytics/evidence-graph.ts';
import { paths } from '../../graph/analytics/paths.ts';
import { QUAD_CLASSES } from '../../ingest/ontology/vocabulary.ts';
import { dateParam } from '../common-params.ts';
import type { QueryParam, QueryParams } from '../types.ts';

export interface Table {
  title: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

export interface Measure {
  name: string;
  description: string;
  params: readonly QueryParam[];
  /** `resolve` turns an actor id into the graph's node for it (or throws UnknownActorError). */
  run(graph: EvidenceGraph, params: QueryParams, resolve: (id: string) => string): unknown;
  tables(data: unknown): Table[];
}

const SCOPE: QueryParam[] = [
  dateParam('from', 'first statement date included'),
  dateParam('to', 'last statement date included'),
  {
    name: 'rollUp',
    type: 'boolean',
    default: true,
    description: 'persons and government bodies count for the state or body they lead or belong to',
  },
];

const optionalActor = (description: string): QueryParam => ({
  name: 'actor',
  type: 'string',
  default: null,
  description,
});
const requiredActor = (name: string, description: string): QueryParam => ({
  name,
  type: 'string',
  required: true,
  description,
});
const intParam = (
  name: string,
  fallback: number,
  min: number,
  max: number,
  description: string,
): QueryParam => ({
  name,
  type: 'int',
  default: fallback,
  min,
  max,
  description,
});

const columnsOf = (rows: Record<string, unknown>[], fallback: string[]) =>
  rows.length > 0 ? Object.keys(rows[0]) : fallback;
const table = (title: string, rows: Record<string, unknown>[], fallback: string[] = []): Table => ({
  title,
  columns: columnsOf(rows, fallback),
  rows,
});
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

type Data = ReturnType<typeof centrality>;

const centralityMeasure: Measure = {
  name: 'centrality',
  description: 'actors ranked by PageRank, with degree weighted by evidence and betweenness',
  params: [
    ...SCOPE,
    optionalActor('only this actor'),
    intParam('limit', 50, 1, 5000, 'most actors listed'),
  ],
  run(graph, params, resolve) {
    const rows = centrality(graph);
    if (params.actor) {
      const id = resolve(params.actor as string);
      return rows.filter((r) => r.id === id);
    }
    return rows.slice(0, params.limit as number);
  },
  tables: (data) => [
    table(
      'centrality',
      (data as Data).map((r) => ({
        ...r,
        pagerank: round(r.pagerank),
        betweenness: round(r.betweenness),
      })),
    ),
  ],
};

type BlocsData = ReturnType<typeof blocs> & { actor: string | null };

const blocsMeasure: Measure = {
  name: 'blocs',
  description:
    'Louvain blocs over cooperation (named by their most central member, with modularity) and signed blocs where conflict pushes apart',
  params: [
    ...SCOPE,
    optionalActor('only the blocs of this actor'),
    intParam('minSize', 2, 1, 1000, 'least members of a bloc listed'),
  ],
  run(graph, params, resolve) {
    const actor = params.actor ? resolve(params.actor as string) : null;
    const result = blocs(graph);
    const keep = (list: ReturnType<typeof blocs>['signed']['blocs']) =>
      list.filter(
        (b) =>
          b.members.length >= (params.minSize as number) &&
          (!actor || b.members.some((m) => m.id === actor)),
      );
    return {
      actor,
      cooperation: { ...result.cooperation, blocs: keep(result.cooperation.blocs) },
      signed: { ...result.signed, blocs: keep(result.signed.blocs) },
    };
  },
  tables(data) {
    const d = data as BlocsData;
    const rows = (list: BlocsData['signed']['blocs']) =>
      list.map((b) => ({
        bloc: b.bloc,
        name: b.name,
        size: b.members.length,
        members: b.members.map((m) => m.name),
      }));
    return [
      table(
        `cooperation blocs (modularity ${d.cooperation.modularity})`,
        rows(d.cooperation.blocs),
        ['bloc'],
      ),
      table(`signed blocs (frustration ${d.signed.frustration})`, rows(d.signed.blocs), ['bloc']),
    ];
  },
};

type PathsData = ReturnType<typeof paths>;

const pathsMeasure: Measure = {
  name: 'paths',
  description:
    'the shortest and all short paths between two actors, optionally through cooperative pairs only',
  params: [
    ...SCOPE,
    requiredActor('actor', 'where the paths start'),
    requiredActor('other', 'where the paths end'),
    {
      name: 'cooperativeOnly',
      type: 'boolean',
      default: false,
      description: 'through cooperative pairs only',
    },
    intParam('maxLength', 4, 1, 6, 'longest path, in steps'),
    intParam('slack', 1, 0, 3, 'steps beyond the shortest for the other paths listed'),
    intParam('limit', 20, 1, 200, 'most paths listed'),
  ],
  run: (graph, params, resolve) =>
    paths(graph, {
      from: resolve(params.actor as string),
      to: resolve(params.other as string),
      cooperativeOnly: params.cooperativeOnly as boolean,
      maxLength: params.maxLength as number,
      slack: params.slack as number,
      limit: params.limit as number,
    }),
  tables: (data) => [
    table(
      'paths',
      (data as PathsData).paths.map((p) => ({
        length: p.length,
        path: p.actors.map((a) => a.name).join(' → '),
        statements: p.steps.map((s) => s.statements).join(', '),
        netScores: p.steps.map((s) => s.netScore).join(', '),
        weakest: p.weakest,
      })),
      ['length', 'path'],
    ),
  ],
};

type DyadData = ReturnType<typeof dyadTrend>;

const dyadMeasure: Measure = {
  name: 'dyad',
  description:
    'statements per quad class and mean score per month or year between two actors, with turning points',
  params: [
    ...SCOPE,
    requiredActor('actor', 'first actor'),
    requiredActor('other', 'second actor'),
    {
      name: 'granularity',
      type: 'string',
      default: 'year',
      enum: ['month', 'year'],
      description: 'period length',
    },
  ],
  run: (graph, params, resolve) =>
    dyadTrend(
      graph,
      resolve(params.actor as string),
      resolve(params.other as string),
      params.granularity as Granularity,
    ),
  tables(data) {
    const d = data as DyadData;
    return [
      table(
        `dyad ${d.a}–${d.b}`,
        d.series.map(({ quad, ...row }) => ({
          ...row,
          ...Object.fromEntries(QUAD_CLASSES.map((q) => [q, quad[q]])),
        })),
        ['period'],
      ),
      table('turning points', d.turningPoints as unknown as Record<string, unknown>[], ['period']),
    ];
  },
};

type BalanceData = ReturnType<typeof balance>;

const balanceMeasure: Measure = {
  name: 'balance',
  description:
    "an actor's partners and adversaries by net score; balanced and unbalanced triangles (all, or the actor's)",
  params: [
    ...SCOPE,
    optionalActor('partners, adversaries and triangles of this actor (none: every triangle)'),
    {
      name: 'unbalancedOnly',
      type: 'boolean',
      default: false,
      description: 'list only unbalanced triangles',
    },
    intParam('limit', 50, 1, 5000, 'most triangles listed'),
  ],
  run: (graph, params, resolve) =>
    balance(graph, {
      actor: params.actor ? resolve(params.actor as string) : null,
      unbalancedOnly: params.unbalancedOnly as boolean,
      limit: params.limit as number,
    }),
  tables(data) {
    const d = data as BalanceData;
    const counterparts = [
      ...d.partners.map((c) => ({ relation: 'partner', ...c })),
      ...d.adversaries.map((c) => ({ relation: 'adversary', ...c })),
    ];
    const triangles = table(
      `triangles (${d.triangles.balanced} balanced, ${d.triangles.unbalanced} unbalanced)`,
      d.triangles.list.map((t) => ({
        actors: t.names.join(' · '),
        netScores: t.netScores.join(', '),
        balanced: t.balanced,
      })),
      ['actors'],
    );
    return d.actor
      ? [table('partners and adversaries', counterparts, ['relation']), triangles]
      : [triangles];
  },
};

/** What a write-back takes: the period and the roll-up only (`POST /api/analytics/write-back`). */
export const WRITE_BACK_PARAMS: { name: string; params: readonly QueryParam[] } = {
  name: 'write-back',
  params: SCOPE,
};

export const MEASURES: readonly Measure[] = [
  centralityMeasure,
  blocsMeasure,
  pathsMeasure,
  dyadMeasure,
  balanceMeasure,
];

export class UnknownMeasureError extends Error {
  constructor(readonly measure: string) {
    super(`unknown measure "${measure}" (known: ${MEASURES.map((m) => m.name).join(', ')})`);
    this.name = 'UnknownMeasureError';
  }
}

export function findMeasure(name: string): Measure {
  const measure = MEASURES.find((m) => m.name === name);
  if (!measure) throw new UnknownMeasureError(name);
  return measure;
}
