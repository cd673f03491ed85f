// The id of an aggregated relationship, "SOURCE|TYPE|TARGET": built and read only here (imports nothing, so the
// browser, the server, the writer and the bench share it).

export interface RelationKey {
  source: string;
  type: string;
  target: string;
}

const SEPARATOR = '|';

export function formatRelationId({ source, type, target }: RelationKey): string {
  return [source, type, target].join(SEPARATOR);
}

/** The parts of a relation id, or null when it is not three non-empty parts. */
export function parseRelationId(id: string): RelationKey | null {
  const parts = id.split(SEPARATOR);
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  const [source, type, target] = parts;
  return { source, type, target };
}
