// The HTTP API's response shapes, as the web UI reads them.
import type { ActorType, QuadClass } from '../../../ingest/types.ts';

export type { ActorType, QuadClass };

export interface GraphNodeAttributes {
  label: string;
  type: ActorType | string;
  countryCode: string | null;
  degree?: number;
  mentions?: number;
  [key: string]: unknown;
}

export interface GraphEdgeAttributes {
  type: string;
  quadClass: QuadClass | null;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  meanScore?: number;
  [key: string]: unknown;
}

export interface GraphJson {
  attributes?: { truncated?: boolean; totalNodes?: number; limit?: number };
  options?: Record<string, unknown>;
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
  path?: string[];
}

export interface Health {
  ok: boolean;
  counts: { actors: number; articles: number; statements: number; relations: number };
}

export interface ActorHit {
  id: string;
  name: string;
  type: ActorType;
  countryCode: string | null;
  aliases: string[];
  score: number;
}

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType;
  aliases?: string[];
}

export interface ActorRelation {
  id: string;
  type: string;
  quadClass: QuadClass | null;
  direction: 'out' | 'in';
  partner: ActorRef;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  meanScore: number;
}

export interface ActorDetail {
  actor: {
    id: string;
    name: string;
    type: ActorType;
    countryCode: string | null;
    aliases: string[];
    role?: string | null;
    years?: string | null;
    [key: string]: unknown;
  };
  relations: ActorRelation[];
  memberOf?: ActorRef[];
  leaders?: ActorRef[];
  parts?: ActorRef[];
}

// The evidence and ingest shapes are the server's own: one declaration serves the API and the UI.
export type {
  EvidenceItem,
  RelationWithEvidence as RelationEvidence,
} from '../../../queries/relation-with-evidence.ts';
export type { ArticleIngestSummary as IngestResult } from '../../../pipeline/ingest-summary.ts';

export interface QueryParamDescriptor {
  name: string;
  type: string;
  default?: unknown;
  required?: boolean;
  description?: string;
  enum?: string[];
  min?: number;
  max?: number;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParamDescriptor[];
  routing: 'read' | 'write';
}

export interface ResultGraph {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: {
    id: string;
    type: string;
    start: string;
    end: string;
    properties: Record<string, unknown>;
  }[];
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][] | Record<string, unknown>[];
  graph?: ResultGraph;
  truncated?: boolean;
  rowCount?: number;
  elapsedMs?: number;
}

export interface IngestRequest {
  text?: string;
  html?: string;
  url?: string;
  /** Where pasted text or HTML came from (shown as the article's link). */
  articleUrl?: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  dryRun?: boolean;
}

export interface GraphQuery {
  types?: string[];
  relationTypes?: string[];
  quadClasses?: string[];
  from?: string;
  to?: string;
  minCount?: number;
  limit?: number;
}
