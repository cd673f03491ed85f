// The actors and relations on screen as two tables beside the canvas: keyboard-usable, sortable, filterable, and
// what a screen reader reads instead of the canvas. Rows open the actor or the relation.
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { relationTypeLabel } from '../explorer/palette.ts';
import type { ViewStore } from '../state/view.ts';

/** Rows drawn per table: past this the filter box narrows them. */
const MAX_ROWS = 300;

interface Column<T> {
  label: string;
  value(row: T): string | number;
  numeric?: boolean;
}

interface ActorRow {
  id: string;
  name: string;
  type: string;
  degree: number;
}
interface RelationRow {
  id: string;
  source: string;
  type: string;
  target: string;
  statements: number;
}

/** A table whose column headers sort it (aria-sort says how) and whose first cell opens the row. */
function sortableTable<T>(
  caption: string,
  columns: Column<T>[],
  rows: T[],
  open: (row: T) => void,
  sort: { column: number; descending: boolean },
  onSort: (column: number) => void,
): HTMLElement {
  const c = columns[sort.column];
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [c.value(a), c.value(b)];
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  });
  return el('table', { class: 'results-table shown-table' }, [
    el(
      'caption',
      {},
      `${caption} (${rows.length}${rows.length > MAX_ROWS ? `, the first ${MAX_ROWS} listed` : ''})`,
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
      sorted.slice(0, MAX_ROWS).map((row) =>
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
                    String(col.value(row)),
                  )
                : String(col.value(row)),
            ),
          ),
        ),
      ),
    ),
  ]);
}

export function mountShownList(container: HTMLElement, explorer: Explorer, view: ViewStore) {
  const filter = el('input', {
    type: 'search',
    id: 'shown-filter',
    placeholder: 'Filter by name or type',
    'aria-label': 'Filter the lists by name or type',
  });
  const tables = el('div', { class: 'shown-tables' });
  let actorSort = { column: 2, descending: true };
  let relationSort = { column: 3, descending: true };

  const render = () => {
    const { graph } = explorer;
    const { hiddenNodes, hiddenEdges } = explorer.visibility();
    const q = filter.value.trim().toLowerCase();
    const name = (n: string) => graph.getNodeAttribute(n, 'label') ?? n;
    const actors: ActorRow[] = graph
      .filterNodes((n) => !hiddenNodes.has(n))
      .map((n) => ({
        id: n,
        name: name(n),
        type: graph.getNodeAttribute(n, 'type'),
        degree: graph.edges(n).filter((e) => !hiddenEdges.has(e)).length,
      }))
      .filter((a) => !q || a.name.toLowerCase().includes(q) || a.type.toLowerCase().includes(q));
    const relations: RelationRow[] = graph
      .filterEdges((e) => !hiddenEdges.has(e))
      .map((e) => ({
        id: e,
        source: name(graph.source(e)),
        type: relationTypeLabel(graph.getEdgeAttribute(e, 'type')),
        target: name(graph.target(e)),
        statements: graph.getEdgeAttribute(e, 'count') ?? 1,
      }))
      .filter((r) => !q || [r.source, r.target, r.type].some((x) => x.toLowerCase().includes(q)));
    const toggle = (s: { column: number; descending: boolean }, column: number) =>
      s.column === column
        ? { column, descending: !s.descending }
        : { column, descending: column >= 2 };
    replaceChildren(tables, [
      sortableTable<ActorRow>(
        'Actors shown',
        [
          { label: 'Actor', value: (r) => r.name },
          { label: 'Type', value: (r) => r.type },
          { label: 'Relations', value: (r) => r.degree, numeric: true },
        ],
        actors,
        (r) => void explorer.showActor(r.id),
        actorSort,
        (c) => {
          actorSort = toggle(actorSort, c);
          render();
        },
      ),
      sortableTable<RelationRow>(
        'Relations shown',
        [
          { label: 'Source', value: (r) => r.source },
          { label: 'Relation', value: (r) => r.type },
          { label: 'Target', value: (r) => r.target },
          { label: 'Statements', value: (r) => r.statements, numeric: true },
        ],
        relations,
        (r) => view.dispatch({ type: 'select', selection: { kind: 'relation', id: r.id } }),
        relationSort,
        (c) => {
          relationSort = toggle(relationSort, c);
          render();
        },
      ),
    ]);
  };
  filter.addEventListener('input', render);
  replaceChildren(container, [el('h2', {}, 'On screen'), filter, tables]);
  return { render };
}
