// Query results as a plain-text table (every cell set through textContent).
import type { QueryResult } from '../api/types.ts';
import { el } from '../dom/el.ts';

const MAX_ROWS = 500;

/** One readable line per value: names for nodes, compact JSON for other structures. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  const v = value as { labels?: unknown; properties?: Record<string, unknown>; type?: unknown };
  if (v.properties && typeof v.properties === 'object') {
    const name = v.properties.name ?? v.properties.title ?? v.properties.id;
    const kind = Array.isArray(v.labels)
      ? v.labels.join(':')
      : typeof v.type === 'string'
        ? v.type
        : '';
    return `${kind ? `(${kind}) ` : ''}${cellText(name)}`;
  }
  const text = JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 237)}…` : text;
}

export function resultsTable(result: QueryResult): HTMLElement {
  const rows = result.rows
    .slice(0, MAX_ROWS)
    .map((row) =>
      Array.isArray(row) ? row : result.columns.map((c) => (row as Record<string, unknown>)[c]),
    );
  return el('div', { class: 'table-wrap' }, [
    el('table', { class: 'results-table' }, [
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          result.columns.map((c) => el('th', { scope: 'col' }, c)),
        ),
      ),
      el(
        'tbody',
        {},
        rows.map((row) =>
          el(
            'tr',
            {},
            row.map((cell) => el('td', {}, cellText(cell))),
          ),
        ),
      ),
    ]),
  ]);
}
