// The graph `entente export` writes: the filtered actor graph with each actor's bloc, PageRank and colours, as
// GEXF (graphology-gexf), GraphML, graphology JSON or a CSV table.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { blocOf, type BlocsResult } from '../../graph/analytics/blocs.ts';
import type { CentralityRow } from '../../graph/analytics/centrality.ts';
import type { EvidenceGraph } from '../../graph/analytics/evidence-graph.ts';
import type { GraphJson } from '../../queries/actor-graph.ts';
import { communityColor, quadClassColor } from '../../web/app/explorer/palette.ts';
import { withGexfVizNamespace } from '../../web/shared/gexf-viz-namespace.ts';
import { csv } from './output.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Attributes = Record<string, string | number | boolean | null>;
export type ExportGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

export interface Analytics {
  /** The evidence graph the measures ran on (its nodes' members say who counts for whom). */
  evidence: EvidenceGraph;
  centrality: CentralityRow[];
  blocs: BlocsResult;
}

const NO_BLOC_COLOR = '#8a8f98';

/** The actor graph with attributes for other tools: persons and bodies carry the bloc and PageRank of the actor
 *  they count for (`countsFor`); colours are the explorer's (bloc for actors, quad class for relations). */
export function exportGraph(
  json: GraphJson,
  analytics: Analytics,
  description: string,
): ExportGraph {
  const countsFor = new Map<string, string>();
  analytics.evidence.forEachNode((id, a) => a.members.forEach((m) => countsFor.set(m, id)));
  const blocs = blocOf(analytics.blocs.cooperation.blocs);
  const blocNames = new Map(analytics.blocs.cooperation.blocs.map((b) => [b.bloc, b.name]));
  const blocSizes = new Map(
    analytics.blocs.cooperation.blocs.map((b) => [b.bloc, b.members.length]),
  );
  const ranks = new Map(analytics.centrality.map((r) => [r.id, r]));
  const maxRank = Math.max(1e-9, ...analytics.centrality.map((r) => r.pagerank));

  const graph: ExportGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ description, creator: 'Entente' });
  for (const { key, attributes: a } of json.nodes) {
    const holder = countsFor.get(key) ?? null;
    const bloc = holder ? (blocs.get(holder) ?? null) : null;
    // A bloc of one is no bloc: such actors are exported without one.
    const several = bloc !== null && (blocSizes.get(bloc) ?? 0) > 1;
    const rank = holder ? ranks.get(holder) : undefined;
    graph.addNode(key, {
      label: a.label,
      type: a.type,
      countryCode: a.countryCode,
      mentions: a.mentions ?? 0,
      countsFor: holder,
      bloc: several ? bloc : null,
      blocName: several ? blocNames.get(bloc!)! : null,
      pagerank: rank ? Math.round(rank.pagerank * 1e6) / 1e6 : null,
      betweenness: rank ? Math.round(rank.betweenness * 1e6) / 1e6 : null,
      color: several ? communityColor(bloc! - 1) : NO_BLOC_COLOR,
      size: Math.round((3 + 27 * Math.sqrt((rank?.pagerank ?? 0) / maxRank)) * 100) / 100,
    });
  }
  for (const { key, source, target, attributes: e } of json.edges) {
    graph.addDirectedEdgeWithKey(key, source, target, {
      label: e.type,
      type: e.type,
      quadClass: e.quadClass,
      count: e.count,
      weight: e.count,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      meanScore: e.meanScore,
      color: quadClassColor(e.quadClass),
    });
  }
  return graph;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xml = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** GraphML (graphology-graphml reads but does not write it): one <key> per attribute, typed from its values. */
export function writeGraphml(graph: ExportGraph): string {
  const keysOf = (kind: 'node' | 'edge', all: Attributes[]) => {
    const types = new Map<string, string>();
    for (const attributes of all)
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null) continue;
        const type =
          typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
        const known = types.get(name);
        types.set(name, known && known !== type ? 'string' : type);
      }
    return [...types].map(([name, type]) => ({ id: `${kind[0]}_${name}`, name, type, kind }));
  };
  const nodeKeys = keysOf(
    'node',
    graph.mapNodes((_n, a) => a),
  );
  const edgeKeys = keysOf(
    'edge',
    graph.mapEdges((_e, a) => a),
  );
  const data = (keys: typeof nodeKeys, attributes: Attributes) =>
    keys
      .filter((k) => attributes[k.name] !== null && attributes[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${xml(attributes[k.name])}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys, ...edgeKeys].map(
      (k) =>
        `  <key id="${k.id}" for="${k.kind}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="entente" edgedefault="directed">',
    ...graph.mapNodes((id, a) => `    <node id="${xml(id)}">${data(nodeKeys, a)}</node>`),
    ...graph.mapEdges(
      (id, a, source, target) =>
        `    <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}">${data(edgeKeys, a)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** One CSV table: the relations (with both actors' names and blocs) or the actors. */
function writeCsv(graph: ExportGraph, table: 'edges' | 'nodes'): string {
  if (table === 'nodes') {
    const rows = graph.mapNodes((id, a) => ({ id, ...a }));
    return csv({ columns: ['id', ...Object.keys(rows[0] ?? {}).filter((c) => c !== 'id')], rows });
  }
  const rows = graph.mapEdges((id, a, source, target, s, t) => ({
    id,
    source,
    sourceName: s.label,
    sourceBloc: s.bloc,
    target,
    targetName: t.label,
    targetBloc: t.bloc,
    ...a,
  }));
  const columns = [
    'id',
    'source',
    'sourceName',
    'sourceBloc',
    'target',
    'targetName',
    'targetBloc',
  ];
  return csv({
    columns: [...columns, ...Object.keys(rows[0] ?? {}).filter((c) => !columns.includes(c))],
    rows,
  });
}

export function serialise(
  graph: ExportGraph,
  format: ExportFormat,
  csvTable: 'edges' | 'nodes' = 'edges',
): string {
  switch (format) {
    case 'gexf':
      // GEXF 1.2: colours as r, g, b, which every Gephi reads.
      return withGexfVizNamespace(writeGexf(graph, { version: '1.2' }));
    case 'graphml':
      return writeGraphml(graph);
    case 'json':
      return JSON.stringify(graph.export(), null, 2);
    case 'csv':
      return writeCsv(graph, csvTable) + '\n';
  }
}
