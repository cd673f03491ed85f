// The default transform: records as plain JSON objects keyed by column.
import type { Neo4jRecord } from '../graph/database.ts';
import { toPlain } from './plain-value.ts';

export function plainRows<T = Record<string, unknown>>(records: readonly Neo4jRecord[]): T[] {
  return records.map((r) => toPlain(r.toObject()) as T);
}
