// The typed client of Entente's HTTP API: one function per endpoint, errors as the server's own ApiError.
import type {
  ActorDetail,
  AuditEntry,
  ArticleResponse,
  CreateActorRequest,
  CuratedActor,
  EditActorRequest,
  EditActorResponse,
  InvestigationRequest,
  Note,
  NoteEditRequest,
  NoteRequest,
  InvestigationSummary,
  SavedInvestigation,
  MergeActorsResponse,
  UndoMergeResponse,
  AnalysisResponse,
  ActorSearchResponse,
  GraphJson,
  GraphQuery,
  Health,
  IngestRequest,
  IngestResult,
  NamedQueryList,
  PathGraph,
  QueryResult,
  RelationEvidence,
  ReviewQueue,
  ReviewRequest,
  ReviewResult,
} from './types.ts';
import { ApiError, type ApiErrorBody } from '../../shared/api-error.ts';

export { ApiError };

const TOKEN_KEY = 'entente:token';

/** The bearer token for privileged endpoints (ingest), kept for this browser session only. */
export const accessToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set(token: string | null): void {
    if (token?.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  const token = accessToken.get();
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch (error) {
    throw new ApiError(0, 'network', `cannot reach the server: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const e = (body ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(
      response.status,
      e.error ?? `http-${response.status}`,
      e.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return body as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

function graphQueryString(query: GraphQuery): string {
  const params = new URLSearchParams();
  if (query.types?.length) params.set('types', query.types.join(','));
  if (query.relationTypes?.length) params.set('relationTypes', query.relationTypes.join(','));
  if (query.quadClasses?.length) params.set('quadClasses', query.quadClasses.join(','));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.minCount !== undefined) params.set('minCount', String(query.minCount));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const api = {
  health: () => request<Health>('/api/health'),
  graph: (query: GraphQuery = {}) => request<GraphJson>(`/api/graph${graphQueryString(query)}`),
  searchActors: (q: string, limit = 10) =>
    request<ActorSearchResponse>(`/api/actors?q=${encodeURIComponent(q)}&limit=${limit}`).then(
      (r) => r.actors,
    ),
  actor: (id: string) => request<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`),
  /** An actor's neighbourhood; with relation types, through those only. */
  neighbors: (id: string, depth = 1, relationTypes?: readonly string[]) =>
    request<GraphJson>(
      `/api/actors/${encodeURIComponent(id)}/neighbors?depth=${depth}${
        relationTypes?.length ? `&relationTypes=${relationTypes.join(',')}` : ''
      }`,
    ),
  evidence: (relationId: string) =>
    request<RelationEvidence>(`/api/relations/${encodeURIComponent(relationId)}/evidence`),
  /** An article's text, actors and statements (the reader). */
  article: (id: string) => request<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  path: (from: string, to: string, cooperativeOnly = false) =>
    request<PathGraph>(
      `/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&cooperativeOnly=${cooperativeOnly}`,
    ),
  /** One graph measure (/api/analytics/:measure); its data's type is the measure's. */
  analytics: (measure: string, params: Record<string, string | number | boolean | null>) =>
    request<AnalysisResponse>(
      `/api/analytics/${encodeURIComponent(measure)}?${new URLSearchParams(
        Object.entries(params).flatMap(([k, v]) => (v === null ? [] : [[k, String(v)]])),
      )}`,
    ),
  queries: () => request<NamedQueryList>('/api/queries').then((r) => r.queries),
  runQuery: (name: string, params: Record<string, unknown>) =>
    request<QueryResult>(`/api/queries/${encodeURIComponent(name)}`, post({ params })),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<QueryResult>('/api/cypher', post({ query, params })),
  ingest: (body: IngestRequest) => request<IngestResult>('/api/ingest', post(body)),
  /** The review queue; empty filters are left out. */
  reviewQueue: (filters: Record<string, string | number | null | undefined>) =>
    request<ReviewQueue>(
      `/api/review?${new URLSearchParams(
        Object.entries(filters).flatMap(([k, v]) =>
          v === null || v === undefined || v === '' ? [] : [[k, String(v)]],
        ),
      )}`,
    ),
  createActor: (body: CreateActorRequest) =>
    request<{ actor: CuratedActor }>('/api/actors', post(body)).then((r) => r.actor),
  editActor: (id: string, body: EditActorRequest) =>
    request<EditActorResponse>(`/api/actors/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: JSON.stringify(body),
    }),
  /** Merges `duplicate` into `keep`; the answer's mergeId undoes it. */
  mergeActors: (keep: string, duplicate: string) =>
    request<MergeActorsResponse>(
      `/api/actors/${encodeURIComponent(keep)}/merge`,
      post({ duplicate }),
    ),
  undoMerge: (mergeId: string) =>
    request<UndoMergeResponse>(`/api/merges/${encodeURIComponent(mergeId)}/undo`, post({})),
  investigations: () =>
    request<{ investigations: InvestigationSummary[] }>('/api/investigations').then(
      (r) => r.investigations,
    ),
  investigation: (id: string) =>
    request<{ investigation: SavedInvestigation }>(
      `/api/investigations/${encodeURIComponent(id)}`,
    ).then((r) => r.investigation),
  saveInvestigation: (body: InvestigationRequest) =>
    request<{ investigation: InvestigationSummary }>('/api/investigations', post(body)).then(
      (r) => r.investigation,
    ),
  updateInvestigation: (id: string, body: InvestigationRequest) =>
    request<{ investigation: InvestigationSummary }>(
      `/api/investigations/${encodeURIComponent(id)}`,
      { method: 'PUT', body: JSON.stringify(body) },
    ).then((r) => r.investigation),
  /** One actor's or relation's notes, oldest first. */
  notes: (subjectType: Note['subjectType'], subjectId: string) =>
    request<{ notes: Note[] }>(
      `/api/notes?${new URLSearchParams({ subjectType, subjectId })}`,
    ).then((r) => r.notes),
  /** Notes whose text contains `q` (case-insensitive), newest first. */
  searchNotes: (q: string) =>
    request<{ notes: Note[] }>(`/api/notes?${new URLSearchParams({ q })}`).then((r) => r.notes),
  addNote: (body: NoteRequest) =>
    request<{ note: Note }>('/api/notes', post(body)).then((r) => r.note),
  editNote: (id: string, body: NoteEditRequest) =>
    request<{ note: Note }>(`/api/notes/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: JSON.stringify(body),
    }).then((r) => r.note),
  deleteNote: (id: string) =>
    request<{ deleted: string }>(`/api/notes/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  /** The curation trail, newest first. */
  audit: (limit: number) =>
    request<{ entries: AuditEntry[] }>(`/api/audit?limit=${limit}`).then((r) => r.entries),
  review: (statementId: string, body: ReviewRequest) =>
    request<ReviewResult>(`/api/statements/${encodeURIComponent(statementId)}/review`, post(body)),
};
