// The on-canvas legend: a slim strip saying what node colours, edge colours and widths mean in the current mode.
import { MEASURE_SIZES, type NodeMeasures } from '../analytics/node-measures.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { GraphMetrics } from '../explorer/metrics/index.ts';
import type { Scale } from '../explorer/scale.ts';
import {
  ACTOR_TYPE_STYLES,
  blocColor,
  communityColor,
  NO_BLOC_COLOR,
  QUAD_CLASS_STYLES,
} from '../explorer/palette.ts';
import type { ViewState } from '../state/view.ts';

/** Lists only the actor types present, so the strip stays short. */
export function renderLegend(
  container: HTMLElement,
  view: ViewState,
  metrics: GraphMetrics,
  present: Set<string>,
  scale: Pick<Scale, 'lineEdges'>,
  measures: NodeMeasures | null = null,
): void {
  const nodes =
    view.colourMode === 'type'
      ? ACTOR_TYPE_STYLES.filter((s) => present.has(s.id)).map((s) =>
          el('li', {}, [el('span', { class: 'dot', style: `background:${s.color}` }), s.label]),
        )
      : view.colourMode === 'bloc'
        ? blocItems(measures)
        : communityItems(metrics);
  const size =
    MEASURE_SIZES.find((m) => m.mode === view.sizeMode)?.label.concat(' in the period') ??
    'relations shown';
  replaceChildren(container, [
    el('ul', { 'aria-label': 'Actor colours' }, nodes),
    el('ul', { 'aria-label': 'Relation colours' }, [
      ...QUAD_CLASS_STYLES.map((s) =>
        el('li', {}, [
          el('span', { class: 'line-swatch', style: `background:${s.color}` }),
          s.label,
        ]),
      ),
      el('li', { class: 'legend-note' }, `size: ${size} · ${edgeWidthNote(scale)}`),
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

/** The cooperation blocs of the period (the analytics API's), named by their most central member. */
function blocItems(measures: NodeMeasures | null): HTMLElement[] {
  if (!measures) return [el('li', { class: 'legend-note' }, 'Blocs: loading…')];
  const shown = measures.blocs.slice(0, NAMED_COMMUNITIES);
  const rest = measures.blocs.length - shown.length;
  return [
    el(
      'li',
      { class: 'legend-note' },
      `Cooperation blocs (modularity ${measures.modularity.toFixed(2)}):`,
    ),
    ...shown.map((b) =>
      el('li', { class: 'bloc' }, [
        el('span', { class: 'dot', style: `background:${blocColor(b.bloc)}` }),
        `${b.name}’s (${b.members.length})`,
      ]),
    ),
    ...(rest > 0 ? [el('li', { class: 'legend-note' }, `and ${rest} smaller`)] : []),
    el('li', {}, [el('span', { class: 'dot', style: `background:${NO_BLOC_COLOR}` }), 'no bloc']),
  ];
}

/** Past scale.ts's threshold most edges are 1px lines: only the hovered or selected actor's relations show width. */
export function edgeWidthNote(scale: Pick<Scale, 'lineEdges'>): string {
  return scale.lineEdges
    ? 'width: statements on the hovered or selected actor’s relations (others 1px lines)'
    : 'width: statements';
}
