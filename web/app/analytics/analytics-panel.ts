// The Analytics tab: the period's centrality ranking as a sortable table, its cooperation blocs, named by their
// most central member with the partition's modularity, and its signed blocs with their frustration; a row or a
// member selects the actor in the graph.
import type { Bloc, CentralityRow } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { blocColor } from '../explorer/palette.ts';
import { nextSort, sortableTable, type Column, type SortOrder } from '../list/sortable-table.ts';
import type { ViewStore } from '../state/view.ts';
import type { AnalyticsSource } from './analytics-source.ts';
import { MEASURE_SIZES, type Period } from './node-measures.ts';

/** The measures only, to fit the panel: the actor's type and partners are a click away in its details. */
const COLUMNS: Column<CentralityRow>[] = [
  { label: 'Actor', value: (r) => r.name },
  ...MEASURE_SIZES.map((m): Column<CentralityRow> => ({
    label: m.label,
    value: m.value,
    format: m.mode === 'weightedDegree' ? undefined : (r) => m.value(r).toFixed(3),
    numeric: true,
  })),
];

const periodText = ({ from, to }: Period) =>
  from || to ? `from ${from ?? 'the first statement'} to ${to ?? 'the last'}` : 'of every date';

/** A bloc and its members; a cooperation bloc with the colour it is drawn in (signed blocs are not drawn). */
function blocItem(bloc: Bloc, open: (id: string) => void, drawn: boolean): HTMLElement {
  return el('li', { class: drawn ? 'bloc-item' : 'signed-bloc-item', 'data-bloc': bloc.bloc }, [
    el('h4', {}, [
      drawn && el('span', { class: 'dot', style: `background:${blocColor(bloc.bloc)}` }),
      `${bloc.name}’s bloc`,
      el('span', { class: 'muted' }, ` · ${bloc.members.length} actors`),
    ]),
    el(
      'div',
      { class: 'bloc-members' },
      bloc.members.map((m) =>
        el(
          'button',
          {
            type: 'button',
            class: 'chip actor-chip',
            'data-actor': m.id,
            onclick: () => open(m.id),
          },
          m.name,
        ),
      ),
    ),
  ]);
}

export function mountAnalyticsPanel(
  container: HTMLElement,
  source: AnalyticsSource,
  explorer: Explorer,
  view: ViewStore,
): () => void {
  const status = el('p', { class: 'muted analytics-status', 'aria-live': 'polite' });
  const ranking = el('div', { class: 'shown-tables analytics-ranking' });
  const blocs = el('section', { class: 'analytics-blocs' });
  const signedBlocs = el('section', { class: 'analytics-signed-blocs' });
  let sort: SortOrder = { column: 1, descending: true };
  const open = (id: string) => void explorer.showActor(id);

  const render = () => {
    const s = source.get();
    status.classList.toggle('error', s.status === 'error');
    status.textContent =
      s.status === 'error'
        ? `Could not compute the measures: ${s.error}`
        : s.status === 'loading' || !s.measures
          ? 'Computing the measures…'
          : `Over every statement ${periodText(s.measures.period)} (the period filter; other filters do not apply), ` +
            'persons and bodies as themselves.';
    const m = s.measures;
    if (!m) return;
    replaceChildren(
      ranking,
      sortableTable(
        'Centrality ranking',
        COLUMNS,
        m.ranking,
        (r) => open(r.id),
        sort,
        (column) => {
          sort = nextSort(COLUMNS, sort, column);
          render();
        },
      ),
    );
    replaceChildren(blocs, [
      el('h3', {}, `Cooperation blocs · modularity ${m.modularity.toFixed(2)}`),
      el(
        'p',
        { class: 'muted' },
        'Louvain over cooperative statements, each bloc named by its most central member.',
      ),
      el(
        'button',
        {
          type: 'button',
          class: 'button small',
          id: 'colour-by-bloc',
          onclick: () => view.dispatch({ type: 'setColourMode', mode: 'bloc' }),
        },
        'Colour the graph by bloc',
      ),
      m.blocs.length
        ? el(
            'ol',
            { class: 'bloc-list' },
            m.blocs.map((b) => blocItem(b, open, true)),
          )
        : el('p', { class: 'muted' }, 'No bloc of two or more actors in this period.'),
    ]);
    replaceChildren(signedBlocs, [
      el('h3', {}, `Signed blocs · frustration ${m.signed.frustration}`),
      el(
        'p',
        { class: 'muted' },
        'From the cooperation blocs, each actor moved to the bloc it has the highest net score with, or ' +
          'alone when it is at odds with every bloc; the frustration is the conflict left inside blocs plus ' +
          'the cooperation left between them.',
      ),
      m.signed.blocs.length
        ? el(
            'ol',
            { class: 'bloc-list signed-bloc-list' },
            m.signed.blocs.map((b) => blocItem(b, open, false)),
          )
        : el('p', { class: 'muted' }, 'No signed bloc of two or more actors in this period.'),
    ]);
  };
  replaceChildren(container, [el('h2', {}, 'Analytics'), status, ranking, blocs, signedBlocs]);
  render();
  return source.subscribe(render);
}
