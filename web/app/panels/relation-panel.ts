// The selected relation (a clicked edge): who did what to whom, how often, and every piece of evidence.
import type { RelationEvidence } from '../api/types.ts';
import { el } from '../dom/el.ts';
import { quadClassColor, QUAD_CLASS_STYLES, relationTypeLabel } from '../explorer/palette.ts';
import { renderPairChart } from '../timeline/pair-chart.ts';
import type { PairSeries } from '../timeline/pair-series.ts';
import { evidenceList } from './evidence-list.ts';

export function relationPanel(
  data: RelationEvidence,
  select: (id: string) => void,
  /** The pair's statements per month (both directions, every type) and turning points. */
  loadSeries: (a: string, b: string) => Promise<PairSeries>,
  /** The analysts' notes on the relation. */
  notes?: HTMLElement,
): HTMLElement {
  const { relation } = data;
  const chart = el('div', { class: 'relation-chart' }, el('p', { class: 'muted' }, 'Loading…'));
  loadSeries(relation.source.id, relation.target.id).then(
    (series) => renderPairChart(chart, series, [relation.source.name, relation.target.name]),
    (error: Error) =>
      chart.replaceChildren(
        el('p', { class: 'error' }, `Could not load the chart: ${error.message}`),
      ),
  );
  const quad = QUAD_CLASS_STYLES.find((q) => q.id === (relation.quadClass ?? 'STRUCTURAL'));
  const actorButton = (a: { id: string; name: string }) =>
    el('button', { type: 'button', class: 'link-button', onclick: () => select(a.id) }, a.name);
  return el('article', { class: 'relation-panel', 'aria-label': 'Relation evidence' }, [
    el('header', { class: 'panel-header' }, [
      el('span', { class: 'type-badge' }, [
        el('span', { class: 'dot', style: `background:${quadClassColor(relation.quadClass)}` }),
        quad?.label ?? 'Relation',
      ]),
      el('h2', {}, [
        actorButton(relation.source),
        el('span', { class: 'relation-verb' }, ` ${relationTypeLabel(relation.type)} → `),
        actorButton(relation.target),
      ]),
    ]),
    el(
      'p',
      { class: 'muted' },
      `${relation.count} statement${relation.count === 1 ? '' : 's'} · ${relation.id}`,
    ),
    notes ?? null,
    el('h3', {}, `${relation.source.name} and ${relation.target.name} over time`),
    chart,
    el('h3', {}, 'Evidence'),
    evidenceList(data.evidence, [relation.source, relation.target]),
  ]);
}
