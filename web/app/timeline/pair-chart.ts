// A pair's relation over time, for the relation panel: statements per month stacked by quad class, the mean
// cooperation–conflict score per month as a line on its own axis (−10 to +10), and the turning points (the analytics
// dyad measure's: where the mean score changes side) marked.
import { axisBottom, axisRight } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { el, replaceChildren } from '../dom/el.ts';
import { monthRange } from '../state/months.ts';
import { appendStackedBars, stackSummary } from './month-stack.ts';
import type { PairSeries } from './pair-series.ts';

const WIDTH = 380;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 30, bottom: 20, left: 26 };
const SCORE_COLOUR = '#1f2430';

const SIDE = { positive: 'cooperation', negative: 'conflict' } as Record<string, string>;

export function renderPairChart(
  container: HTMLElement,
  series: PairSeries,
  names: [string, string],
) {
  const rows = series.months;
  if (!rows.length) {
    replaceChildren(container, el('p', { class: 'muted' }, 'No dated statements between them.'));
    return;
  }
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const sorted = rows.map((r) => r.month).sort();
  const months = monthRange(sorted[0], sorted[sorted.length - 1]);
  const turns = series.turningPoints
    .filter((t) => t.kind === 'sign')
    .map((t) => ({
      month: t.period,
      to: SIDE[t.to],
      before: byMonth.get(t.previous)?.meanScore ?? 0,
      after: byMonth.get(t.period)?.meanScore ?? 0,
    }));
  const x = scaleLinear()
    .domain([0, months.length])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(1, ...rows.map((r) => r.statements));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const score = scaleLinear()
    .domain([-10, 10])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const mid = (i: number) => (x(i) + x(i + 1)) / 2;
  // A month's bar fills its slot, up to a width that still reads as a bar when there are few months.
  const barWidth = Math.max(1, Math.min(x(1) - x(0) - 1, 18));

  const host = el('div', { class: 'pair-chart-svg' });
  const svg = select(host)
    .append('svg')
    .attr('width', WIDTH)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('role', 'img')
    .attr(
      'aria-label',
      `${names[0]} and ${names[1]}: statements per month by quad class and mean score, ${months[0]} to ${months[months.length - 1]}`,
    );
  // Zero of the score axis: above it the pair cooperates, below it they are in conflict.
  svg
    .append('line')
    .attr('class', 'score-zero')
    .attr('x1', MARGIN.left)
    .attr('x2', WIDTH - MARGIN.right)
    .attr('y1', score(0))
    .attr('y2', score(0));
  months.forEach((month, i) => {
    const row = byMonth.get(month);
    if (!row?.statements) return;
    const g = svg.append('g').attr('class', 'month').attr('data-month', month);
    g.append('title').text(
      `${month}: ${row.statements} statements, mean score ${row.meanScore} (${stackSummary(row)})`,
    );
    appendStackedBars(g, row, mid(i) - barWidth / 2, barWidth, y, 0.75);
  });
  const points = months.flatMap((m, i) => {
    const row = byMonth.get(m);
    return row?.statements ? [[mid(i), score(row.meanScore)] as const] : [];
  });
  svg
    .append('path')
    .attr('class', 'score-line')
    .attr('fill', 'none')
    .attr('stroke', SCORE_COLOUR)
    .attr('stroke-width', 1.5)
    .attr('d', points.map(([px, py], k) => `${k ? 'L' : 'M'}${px},${py}`).join(''));
  for (const [px, py] of points)
    svg.append('circle').attr('class', 'score-dot').attr('cx', px).attr('cy', py).attr('r', 2.5);
  for (const t of turns) {
    const i = months.indexOf(t.month);
    const g = svg
      .append('g')
      .attr('class', 'turning-point')
      .attr('data-month', t.month)
      .attr('data-to', t.to);
    g.append('title').text(
      `${t.month}: turned to ${t.to} (mean score ${t.before} before, ${t.after} then)`,
    );
    g.append('line')
      .attr('x1', mid(i))
      .attr('x2', mid(i))
      .attr('y1', MARGIN.top)
      .attr('y2', HEIGHT - MARGIN.bottom);
    g.append('circle').attr('cx', mid(i)).attr('cy', score(t.after)).attr('r', 5);
  }
  const januaries = months.flatMap((m, i) => (m.endsWith('-01') ? [i] : []));
  const years = januaries.length ? januaries : [0];
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(years.filter((_i, k) => k % Math.ceil(years.length / 6) === 0))
        .tickFormat((i) => months[Number(i)]?.slice(0, months.length > 24 ? 4 : 7) ?? ''),
    );
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(${WIDTH - MARGIN.right},0)`)
    .call(axisRight(score).tickValues([-10, 0, 10]));

  const list = turns.length
    ? el(
        'ul',
        { class: 'turning-points' },
        turns.map((t) =>
          el('li', {}, `${t.month}: turned to ${t.to} (mean ${t.before} → ${t.after})`),
        ),
      )
    : el('p', { class: 'muted small' }, 'No turning point: the relation kept to one side.');
  replaceChildren(container, [
    host.firstChild as Node,
    el(
      'p',
      { class: 'muted small' },
      'Bars: statements per month by quad class (left scale). Line: mean score per month (right scale, −10 conflict to +10 cooperation). Rings: turning points.',
    ),
    list,
  ]);
}
