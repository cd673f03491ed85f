// The reusable transformer: every node, relationship and path in a set of records, deduplicated by element id.
import type { Neo4jRecord } from '../graph/database.ts';
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
