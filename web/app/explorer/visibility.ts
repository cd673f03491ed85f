// Which actors and relations the filters and the hidden list leave on screen (pure; read by the reducers).
import { filtersNarrowEdges, type FiltersState } from '../state/filters.ts';
import type { ViewState } from '../state/view.ts';
import type { EntenteGraph } from './graph-data.ts';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** Whether a relation seen from `first` to `last` (ISO dates) was seen in the months from..to. */
const overlapsPeriod = (
  first: string | null,
  last: string | null,
  from: string | null,
  to: string | null,
) => {
  if (from !== null && last && last.slice(0, 7) < from) return false;
  if (to !== null && first && first.slice(0, 7) > to) return false;
  return true;
};

export function computeVisibility(
  graph: EntenteGraph,
  filters: FiltersState,
  view: Pick<ViewState, 'hidden' | 'selection'>,
): Visibility {
  const types = new Set(filters.actorTypes);
  const relationTypes = new Set(filters.relationTypes);
  const quads = new Set(filters.quadClasses);
  const hiddenNodes = new Set<string>(view.hidden.filter((n) => graph.hasNode(n)));
  graph.forEachNode((n, a) => {
    if (!types.has(a.type)) hiddenNodes.add(n);
  });
  const hiddenEdges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    const shown =
      !hiddenNodes.has(s) &&
      !hiddenNodes.has(t) &&
      relationTypes.has(a.type) &&
      (a.quadClass === null ? filters.structural : quads.has(a.quadClass)) &&
      (a.count ?? 1) >= filters.minCount &&
      overlapsPeriod(a.firstSeen, a.lastSeen, filters.from, filters.to);
    if (!shown) hiddenEdges.add(e);
  });
  if (filtersNarrowEdges(filters)) {
    // Actors left without a relation on screen go too, except the one being looked at.
    const selected = view.selection?.kind === 'actor' ? view.selection.id : null;
    graph.forEachNode((n) => {
      if (hiddenNodes.has(n) || n === selected || graph.degree(n) === 0) return;
      if (graph.everyEdge(n, (e) => hiddenEdges.has(e))) hiddenNodes.add(n);
    });
  }
  return { hiddenNodes, hiddenEdges };
}
