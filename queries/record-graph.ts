// The reusable transformer: every node, relationship and path in a set of records, deduplicated by element id,
// and its actor graph, made once on the server for the console to draw.
import type { Neo4jRecord } from '../graph/database.ts';
import { formatRelationId } from '../graph/relation-id.ts';
import { RELATION_TYPE_IDS, type QuadClass } from '../ingest/ontology/vocabulary.ts';
import type { GraphJson } from './actor-graph.ts';
import {
  isNode,
  isPath,
  isRelationship,
  plainNode,
  plainRelationship,
  type PlainNode,
  type PlainRelationship,
} from './plain-value.ts';

export interface RecordGraph {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export function recordGraph(records: readonly Neo4jRecord[]): RecordGraph {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) {
      if (!nodes.has(value.elementId)) nodes.set(value.elementId, plainNode(value));
    } else if (isRelationship(value)) {
      if (!relationships.has(value.elementId))
        relationships.set(value.elementId, plainRelationship(value));
    } else if (isPath(value)) {
      visit(value.start);
      for (const segment of value.segments) {
        visit(segment.relationship);
        visit(segment.end);
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      Object.values(value).forEach(visit);
    }
  };
  for (const record of records) for (const key of record.keys) visit(record.get(key));
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : v == null ? null : String(v);
const number = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

/** The Actor nodes of a record graph and the aggregated relations among them, as the explorer merges them. */
export function recordActorGraph(graph: RecordGraph): GraphJson {
  const idByElement = new Map<string, string>();
  const nodes: GraphJson['nodes'] = [];
  for (const n of graph.nodes) {
    const id = text(n.properties.id);
    if (!n.labels.includes('Actor') || !id) continue;
    idByElement.set(n.id, id);
    nodes.push({
      key: id,
      attributes: {
        label: text(n.properties.name) ?? id,
        type: text(n.properties.type) ?? n.labels.find((l) => l !== 'Actor') ?? 'Actor',
        countryCode: text(n.properties.countryCode),
      },
    });
  }
  const edges: GraphJson['edges'] = [];
  for (const r of graph.relationships) {
    const source = idByElement.get(r.start);
    const target = idByElement.get(r.end);
    if (!source || !target || !RELATION_TYPE_IDS.includes(r.type)) continue;
    const p = r.properties;
    edges.push({
      key: text(p.id) ?? formatRelationId({ source, type: r.type, target }),
      source,
      target,
      attributes: {
        type: r.type,
        quadClass: text(p.quadClass) as QuadClass | null,
        count: number(p.count, 1),
        firstSeen: text(p.firstSeen),
        lastSeen: text(p.lastSeen),
        meanScore: number(p.meanScore, 0),
      },
    });
  }
  return { nodes, edges };
}
