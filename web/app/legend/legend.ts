// The on-canvas legend: a slim strip saying what node colours, edge colours and widths mean in the current mode.
import { el, replaceChildren } from '../dom/el.ts';
import type { GraphMetrics } from '../explorer/metrics/index.ts';
import type { Scale } from '../explorer/scale.ts';
import { ACTOR_TYPE_STYLES, communityColor, QUAD_CLASS_STYLES } from '../explorer/palette.ts';
import type { ViewState } from '../state/view.ts';

/** Lists only the actor types present, so the strip stays short. */
export function renderLegend(
  container: HTMLElement,
  view: ViewState,
  metrics: GraphMetrics,
  present: Set<string>,
  scale: Pick<Scale, 'lineEdges'>,
): void {
  const nodes =
    view.colourMode === 'type'
      ? ACTOR_TYPE_STYLES.filter((s) => present.has(s.id)).map((s) =>
          el('li', {}, [el('span', { class: 'dot', style: `background:${s.color}` }), s.label]),
        )
      : communityItems(metrics);
  replaceChildren(container, [
    el('ul', { 'aria-label': 'Actor colours' }, nodes),
    el('ul', { 'aria-label': 'Relation colours' }, [
      ...QUAD_CLASS_STYLES.map((s) =>
        el('li', {}, [
          el('span', { class: 'line-swatch', style: `background:${s.color}` }),
          s.label,
        ]),
      ),
      el(
        'li',
        { class: 'legend-note' },
        `size: ${view.sizeMode === 'degree' ? 'degree' : 'PageRank'} · ${edgeWidthNote(scale)}`,
      ),
    ]),
  ]);
}

const NAMED_COMMUNITIES = 6;

/** The largest communities by name (their most central member) and size; the rest counted. */
function communityItems(metrics: GraphMetrics): HTMLElement[] {
  const shown = metrics.communities.slice(0, NAMED_COMMUNITIES);
  const rest = metrics.communities.length - shown.length;
  return [
    el('li', { class: 'legend-note' }, 'Communities (Louvain):'),
    ...shown.map((c) =>
      el('li', { class: 'community' }, [
        el('span', { class: 'dot', style: `background:${communityColor(c.id)}` }),
        `${c.name}’s (${c.size})`,
      ]),
    ),
    ...(rest > 0 ? [el('li', { class: 'legend-note' }, `and ${rest} smaller`)] : []),
  ];
}

/** Past scale.ts's threshold most edges are 1px lines: only the hovered or selected actor's relations show width. */
export function edgeWidthNote(scale: Pick<Scale, 'lineEdges'>): string {
  return scale.lineEdges
    ? 'width: statements on the hovered or selected actor’s relations (others 1px lines)'
    : 'width: statements';
}
