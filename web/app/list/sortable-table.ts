// A table whose column headers sort it (aria-sort says how) and whose first cell opens the row: the List tab's and
// the analytics ranking's.
import { el } from '../dom/el.ts';

export interface Column<T> {
  label: string;
  /** What the column sorts by (and shows, unless `format` says otherwise). */
  value(row: T): string | number;
  format?(row: T): string;
  numeric?: boolean;
}

export interface SortOrder {
  column: number;
  descending: boolean;
}

/** Clicking a column: the same one flips, another sorts numbers largest first and text from A. */
export const nextSort = <T>(columns: Column<T>[], s: SortOrder, column: number): SortOrder =>
  s.column === column
    ? { column, descending: !s.descending }
    : { column, descending: Boolean(columns[column].numeric) };

export function sortableTable<T>(
  caption: string,
  columns: Column<T>[],
  rows: T[],
  open: (row: T) => void,
  sort: SortOrder,
  onSort: (column: number) => void,
  maxRows = 300,
): HTMLTableElement {
  const c = columns[sort.column];
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [c.value(a), c.value(b)];
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  });
  const text = (col: Column<T>, row: T) => (col.format ? col.format(row) : String(col.value(row)));
  return el('table', { class: 'results-table shown-table' }, [
    el(
      'caption',
      {},
      `${caption} (${rows.length}${rows.length > maxRows ? `, the first ${maxRows} listed` : ''})`,
    ),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        columns.map((col, i) =>
          el(
            'th',
            {
              scope: 'col',
              'aria-sort':
                i === sort.column ? (sort.descending ? 'descending' : 'ascending') : 'none',
            },
            el(
              'button',
              { type: 'button', class: 'link-button sort', onclick: () => onSort(i) },
              col.label,
            ),
          ),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      sorted.slice(0, maxRows).map((row) =>
        el(
          'tr',
          {},
          columns.map((col, i) =>
            el(
              'td',
              { class: col.numeric ? 'num' : undefined },
              i === 0
                ? el(
                    'button',
                    { type: 'button', class: 'link-button', onclick: () => open(row) },
                    text(col, row),
                  )
                : text(col, row),
            ),
          ),
        ),
      ),
    ),
  ]);
}
