// Neo4j values to plain JSON: nodes, relationships, paths, integers, temporal and spatial values.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export const isNode = (v: unknown): v is Node => neo4j.isNode(v as object);
export const isRelationship = (v: unknown): v is Relationship => neo4j.isRelationship(v as object);
export const isPath = (v: unknown): v is Path => neo4j.isPath(v as object);

const isTemporal = (v: unknown): boolean =>
  neo4j.isDate(v as object) ||
  neo4j.isDateTime(v as object) ||
  neo4j.isLocalDateTime(v as object) ||
  neo4j.isLocalTime(v as object) ||
  neo4j.isTime(v as object) ||
  neo4j.isDuration(v as object);

function properties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(v)]));
}

export function plainNode(node: Node): PlainNode {
  return { id: node.elementId, labels: [...node.labels], properties: properties(node.properties) };
}

export function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: properties(rel.properties),
  };
}

/** Any value a record can hold, as JSON-safe data. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value))
    return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isNode(value)) return plainNode(value);
  if (isRelationship(value)) return plainRelationship(value);
  if (isPath(value)) {
    return {
      start: plainNode(value.start),
      end: plainNode(value.end),
      segments: value.segments.map((s) => ({
        start: plainNode(s.start),
        relationship: plainRelationship(s.relationship),
        end: plainNode(s.end),
      })),
    };
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value as object)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
