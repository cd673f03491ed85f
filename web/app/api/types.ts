// The HTTP API's request and response shapes, as the server declares them (type imports: nothing of the server
// reaches the bundle).
import type { GraphJson } from '../../../queries/actor-graph.ts';
import type { ActorProfile } from '../../../queries/named/actor-profile.ts';
import type { CypherResult } from '../../../queries/run-cypher.ts';
import type { NamedQueryResponse } from '../../server/routes/queries.ts';

export type { GraphJson };
export type { PathGraph } from '../../../queries/named/shortest-path.ts';
export type { ActorSearchResponse } from '../../server/routes/actors.ts';
export type { NamedQueryList } from '../../server/routes/queries.ts';
export type { ActorType, QuadClass } from '../../../ingest/ontology/vocabulary.ts';
export type { ActorHit } from '../../../queries/named/actor-search.ts';
export type { QueryParam as QueryParamDescriptor } from '../../../queries/types.ts';
export type { RecordGraph as ResultGraph } from '../../../queries/record-graph.ts';
export type { HealthResponse as Health } from '../../server/routes/health.ts';
export type { NamedQueryInfo as NamedQuery } from '../../server/routes/queries.ts';
export type { IngestRequest } from '../../server/routes/ingest.ts';
export type { ArticleResponse } from '../../server/routes/articles.ts';
export type { Note, NoteEditRequest, NoteRequest } from '../../server/routes/notes.ts';
export type {
  Bookmark,
  InvestigationRequest,
  InvestigationSummary,
  InvestigationView,
  SavedInvestigation,
} from '../../server/routes/investigations.ts';
export type {
  CreateActorRequest,
  CuratedActor,
  EditActorRequest,
  EditActorResponse,
  MergeActorsResponse,
  UndoMergeResponse,
} from '../../server/routes/curate-actors.ts';
export type {
  EvidenceItem,
  RelationWithEvidence as RelationEvidence,
} from '../../../queries/relation-with-evidence.ts';
export type { ArticleIngestSummary as IngestResult } from '../../../pipeline/ingest-summary.ts';

/** /api/graph and /api/actors/:id/neighbors send a GraphJson; /api/path a PathGraph (one plus the path's ids). */
export type GraphNodeAttributes = GraphJson['nodes'][number]['attributes'];
export type GraphEdgeAttributes = GraphJson['edges'][number]['attributes'];

export type ActorDetail = ActorProfile;
export type ActorRelation = ActorProfile['relations'][number];
export type ActorRef = ActorRelation['partner'];

/** What the console shows: a named query's run or raw Cypher's. */
export type QueryResult = NamedQueryResponse | CypherResult;

export interface GraphQuery {
  types?: string[];
  relationTypes?: string[];
  quadClasses?: string[];
  from?: string;
  to?: string;
  minCount?: number;
  limit?: number;
}
export type { MonthRow } from '../../../queries/named/statements-per-month.ts';
export type {
  AnalysisResponse,
  Bloc,
  BlocsResult,
  CentralityRow,
  DyadResult,
  PathsResult,
} from '../../server/routes/analytics.ts';
export type {
  AuditEntry,
  ReviewQueue,
  ReviewRequest,
  ReviewResult,
} from '../../server/routes/review.ts';
export type { ReviewItem } from '../../../queries/named/review-queue.ts';
