// The bar over the graph while actors are picked together: how many, and what to do with them all (hide, pin,
// expand, show the relations between them, export them, clear).
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { GRAPH_FORMATS, type GraphFormat } from '../export/export-view.ts';
import { quadClassColor, relationTypeLabel } from '../explorer/palette.ts';
import type { ViewStore } from '../state/view.ts';

/** The relations drawn between picked actors, most statements first. */
export function relationsBetween(explorer: Explorer, ids: readonly string[]): string[] {
  const set = new Set(ids);
  const hidden = explorer.visibility().hiddenEdges;
  return explorer.graph
    .filterEdges(
      (edge, _a, source, target) => set.has(source) && set.has(target) && !hidden.has(edge),
    )
    .sort(
      (a, b) =>
        (explorer.graph.getEdgeAttribute(b, 'count') ?? 1) -
        (explorer.graph.getEdgeAttribute(a, 'count') ?? 1),
    );
}

/** Saves the picked actors and the relations among them, as shown, in a graph format. */
export type ExportPicked = (format: GraphFormat, ids: readonly string[]) => void;

export function mountPickedBar(
  host: HTMLElement,
  explorer: Explorer,
  view: ViewStore,
  exportPicked: ExportPicked,
): () => void {
  const bar = el('div', { class: 'picked-bar', role: 'region', 'aria-label': 'Picked actors' });
  bar.hidden = true;
  host.appendChild(bar);
  let listing = false;
  const { picked, graph } = explorer;
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);

  const relationList = (ids: readonly string[]) => {
    const edges = relationsBetween(explorer, ids);
    if (!edges.length)
      return el('p', { class: 'muted' }, 'No relation is drawn between the picked actors.');
    return el(
      'ul',
      { class: 'picked-relations' },
      edges.map((edge) => {
        const a = graph.getEdgeAttributes(edge);
        return el(
          'li',
          { 'data-relation': edge },
          el(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onclick: () =>
                view.dispatch({ type: 'select', selection: { kind: 'relation', id: edge } }),
            },
            [
              el('span', { class: 'dot', style: `background:${quadClassColor(a.quadClass)}` }),
              `${name(graph.source(edge))} ${relationTypeLabel(a.type)} ${name(graph.target(edge))} (${a.count ?? 1})`,
            ],
          ),
        );
      }),
    );
  };

  const action = (label: string, title: string, run: (ids: readonly string[]) => void) =>
    el('button', { type: 'button', class: 'tool', title, onclick: () => run(picked.get()) }, label);

  // The formats fold behind one button, so the bar stays short; choosing one folds them again.
  let exporting = false;
  const exportButtons = () => [
    el(
      'button',
      {
        type: 'button',
        class: 'tool',
        title: 'Save the picked actors and the relations between them',
        'aria-expanded': String(exporting),
        onclick: () => {
          exporting = !exporting;
          render();
        },
      },
      'Export',
    ),
    exporting
      ? el(
          'span',
          { class: 'picked-export', role: 'group', 'aria-label': 'Export the picked as' },
          GRAPH_FORMATS.map(({ format, label }) =>
            action(label, `The picked actors and the relations between them as ${label}`, (sel) => {
              exporting = false;
              exportPicked(format, sel);
              render();
            }),
          ),
        )
      : null,
  ];

  const render = () => {
    const ids = picked.get();
    bar.hidden = ids.length === 0;
    if (!ids.length) {
      listing = false;
      exporting = false;
      return replaceChildren(bar, []);
    }
    const allPinned = ids.every((id) => view.get().pinned.includes(id));
    replaceChildren(bar, [
      el('div', { class: 'picked-actions' }, [
        el(
          'span',
          { class: 'picked-count', title: ids.map(name).join(', ') },
          `${ids.length} picked`,
        ),
        action('Hide', 'Hide the picked actors', (sel) => {
          explorer.checkpoint();
          for (const id of sel) view.dispatch({ type: 'hide', node: id });
          picked.dispatch({ type: 'clear' });
        }),
        action(
          allPinned ? 'Unpin' : 'Pin',
          allPinned ? 'Let the layout move them again' : 'Hold them where they are',
          (sel) => {
            for (const id of sel)
              if (view.get().pinned.includes(id) === allPinned)
                view.dispatch({ type: 'togglePin', node: id });
            render();
          },
        ),
        action('Expand', 'Bring in the neighbours of every picked actor', (sel) => {
          void explorer.expandMany(sel);
        }),
        action(
          'Relations between',
          'Mark the picked actors and the relations between them, dim the rest, and list those relations',
          (sel) => {
            listing = true;
            explorer.highlight([...sel]);
            render();
          },
        ),
        ...exportButtons(),
        action('Clear', 'Pick nothing (Esc)', () => {
          if (listing) explorer.highlight(null);
          picked.dispatch({ type: 'clear' });
        }),
      ]),
      listing ? relationList(ids) : null,
    ]);
  };
  const offPicked = picked.subscribe((ids, previous) => {
    // The marked set follows the picks while their relations are listed.
    if (listing && ids.length && ids !== previous) explorer.highlight([...ids]);
    render();
  });
  const offData = explorer.onDataChange(() => !bar.hidden && render());
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !picked.get().length || document.querySelector('dialog[open]'))
      return;
    if (listing) explorer.highlight(null);
    picked.dispatch({ type: 'clear' });
  };
  document.addEventListener('keydown', onKey);
  return () => {
    offPicked();
    offData();
    document.removeEventListener('keydown', onKey);
    bar.remove();
  };
}
