// GraphML of the view as shown (for yEd, Cytoscape, NetworkX, Gephi): actors and relations with their attributes,
// every value escaped as XML text.
import type { EntenteGraph } from '../explorer/graph-data.ts';

const escapeXml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

type Kind = 'string' | 'int' | 'double';
const NODE_KEYS: [string, Kind][] = [
  ['label', 'string'],
  ['type', 'string'],
  ['countryCode', 'string'],
  ['mentions', 'int'],
  ['x', 'double'],
  ['y', 'double'],
  ['color', 'string'],
];
const EDGE_KEYS: [string, Kind][] = [
  ['type', 'string'],
  ['quadClass', 'string'],
  ['count', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['meanScore', 'double'],
];

const data = (prefix: string, key: string, value: unknown) =>
  value === null || value === undefined || value === ''
    ? ''
    : `<data key="${prefix}${key}">${escapeXml(String(value))}</data>`;

/** The graph as GraphML text; `colourOf` gives each actor the colour it is drawn in. */
export function graphmlOf(graph: EntenteGraph, colourOf: (node: string) => string): string {
  const keys = [
    ...NODE_KEYS.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
  ];
  const nodes = graph.mapNodes((key, a) => {
    const values: Record<string, unknown> = { ...a, color: colourOf(key) };
    return `    <node id="${escapeXml(key)}">${NODE_KEYS.map(([k]) => data('n_', k, values[k])).join('')}</node>`;
  });
  const edges = graph.mapEdges(
    (key, a, source, target) =>
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${EDGE_KEYS.map(([k]) => data('e_', k, (a as Record<string, unknown>)[k])).join('')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="entente" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
