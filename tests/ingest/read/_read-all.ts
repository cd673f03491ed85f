// Test helper: drain readInputs into an array.
import { readInputs, type ReadOptions, type ReadResult } from '../../../ingest/read/index.ts';

export async function _readAll(inputs: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

export function _articles(results: ReadResult[]) {
  return results.flatMap((r) => (r.ok ? [r.article] : []));
}

export function _failures(results: ReadResult[]) {
  return results.flatMap((r) => (r.ok ? [] : [{ origin: r.origin, error: r.error }]));
}

export const _fixture = (name: string): string =>
  new URL(`./fixtures/${name}`, import.meta.url).pathname;
