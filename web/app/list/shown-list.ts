// The actors and relations on screen as two tables beside the canvas: keyboard-usable, sortable, filterable, and
// what a screen reader reads instead of the canvas. Rows open the actor or the relation.
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { relationTypeLabel } from '../explorer/palette.ts';
import { sortableTable } from './sortable-table.ts';
import type { ViewStore } from '../state/view.ts';

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
