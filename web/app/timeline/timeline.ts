// The timeline under the graph: statements per month stacked by quad class (d3 scales and axis on SVG), a brush
// that picks the period at month precision, and a play button that steps that period through time.
import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { MonthRow } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { appendStackedBars, stackSummary } from './month-stack.ts';
import type { FiltersStore } from '../state/filters.ts';
import { monthRange, monthsBetween } from '../state/months.ts';

const HEIGHT = 96;
const MARGIN = { top: 6, right: 12, bottom: 18, left: 34 };
/** How long each step of the play button shows. */
const STEP_MS = 1500;
/** The window play steps when no shorter period is brushed. */
const PLAY_WINDOW_MONTHS = 12;

export interface Timeline {
  setData(rows: MonthRow[]): void;
  teardown(): void;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export function mountTimeline(container: HTMLElement, filters: FiltersStore): Timeline {
  const playButton = el(
    'button',
    { type: 'button', class: 'tool', id: 'timeline-play', 'aria-pressed': 'false' },
    '▶ Play',
  );
  const summary = el('span', { class: 'timeline-summary muted', 'aria-live': 'polite' });
  const chart = el('div', { class: 'timeline-chart' });
  replaceChildren(container, [
    el('div', { class: 'timeline-head' }, [
      el('h2', { class: 'timeline-title' }, 'Statements per month'),
      playButton,
      summary,
    ]),
    chart,
  ]);

  let months: string[] = [];
  let byMonth = new Map<string, MonthRow>();
  let svg: Svg | null = null;
  let brush: BrushBehavior<unknown> | null = null;
  let x = scaleLinear();
  let moving = false;

  const period = () => {
    const f = filters.get();
    if (!months.length) return null;
    const i0 = f.from === null ? 0 : Math.max(0, monthsBetween(months[0], f.from));
    const i1 =
      f.to === null
        ? months.length - 1
        : Math.min(months.length - 1, monthsBetween(months[0], f.to));
    return i0 <= i1 ? [i0, i1] : null;
  };

  const syncSummary = () => {
    const p = period();
    if (!p) return void (summary.textContent = months.length ? 'No statements in the period' : '');
    let n = 0;
    for (let i = p[0]; i <= p[1]; i++) n += byMonth.get(months[i])?.statements ?? 0;
    summary.textContent = `${months[p[0]]} to ${months[p[1]]}: ${n} statements`;
  };

  /** Moves the brush to the filters' period without telling the filters again. */
  const syncBrush = () => {
    if (!svg || !brush) return;
    const f = filters.get();
    const p = period();
    moving = true;
    const g = svg.select<SVGGElement>('g.brush');
    if (f.from === null && f.to === null) g.call(brush.move, null);
    else if (p) g.call(brush.move, [x(p[0]), x(p[1] + 1)]);
    moving = false;
    syncSummary();
  };

  const onBrushEnd = (event: D3BrushEvent<unknown>) => {
    if (moving || !event.sourceEvent) return;
    stop();
    const s = event.selection as [number, number] | null;
    if (!s) return filters.dispatch({ type: 'setPeriod', from: null, to: null });
    const last = months.length - 1;
    const i0 = Math.min(last, Math.max(0, Math.round(x.invert(s[0]))));
    const i1 = Math.min(last, Math.max(i0, Math.round(x.invert(s[1])) - 1));
    filters.dispatch({
      type: 'setPeriod',
      from: i0 === 0 ? null : months[i0],
      to: i1 === last ? null : months[i1],
    });
    syncBrush();
  };

  const draw = () => {
    chart.replaceChildren();
    svg = null;
    if (!months.length) {
      chart.append(el('p', { class: 'muted' }, 'No dated statements yet.'));
      return;
    }
    const width = Math.max(200, chart.clientWidth || container.clientWidth || 600);
    x = scaleLinear()
      .domain([0, months.length])
      .range([MARGIN.left, width - MARGIN.right]);
    const max = Math.max(1, ...months.map((m) => byMonth.get(m)?.statements ?? 0));
    const y = scaleLinear()
      .domain([0, max])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    svg = select(chart)
      .append('svg')
      .attr('width', width)
      .attr('height', HEIGHT)
      .attr('role', 'img')
      .attr('aria-label', `Statements per month, ${months[0]} to ${months[months.length - 1]}`);
    const bars = svg.append('g').attr('class', 'bars');
    months.forEach((month, i) => {
      const row = byMonth.get(month);
      if (!row?.statements) return;
      const g = bars.append('g').attr('class', 'month').attr('data-month', month);
      g.append('title').text(`${month}: ${row.statements} statements (${stackSummary(row)})`);
      appendStackedBars(g, row, x(i) + 0.5, Math.max(1, x(i + 1) - x(i) - 1), y);
    });
    const januaries = months.flatMap((m, i) => (m.endsWith('-01') ? [i] : []));
    const step = Math.ceil(januaries.length / Math.max(1, Math.floor(width / 60)));
    svg
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(
        axisBottom(x)
          .tickValues(januaries.filter((_i, k) => k % step === 0))
          .tickFormat((i) => months[Number(i)]?.slice(0, 4) ?? ''),
      );
    svg
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(${MARGIN.left},0)`)
      .call(axisLeft(y).ticks(3));
    brush = brushX()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, HEIGHT - MARGIN.bottom],
      ])
      .on('end', onBrushEnd);
    svg.append('g').attr('class', 'brush').call(brush);
    syncBrush();
  };

  // Play: a window (the brushed period, else a year) steps forward a month at a time to the last month.
  let timer: ReturnType<typeof setInterval> | undefined;
  function stop() {
    clearInterval(timer);
    timer = undefined;
    playButton.textContent = '▶ Play';
    playButton.setAttribute('aria-pressed', 'false');
  }
  const play = () => {
    const n = months.length;
    if (n < 2) return;
    const p = period() ?? [0, n - 1];
    let length = p[1] - p[0] + 1;
    if (length >= n) length = Math.min(PLAY_WINDOW_MONTHS, n - 1);
    // From the brushed period on; at the end already, from the start.
    let start = p[0] + length - 1 >= n - 1 ? 0 : p[0];
    const show = () => {
      const end = start + length - 1;
      filters.dispatch({
        type: 'setPeriod',
        from: months[start],
        to: end >= n - 1 ? null : months[end],
      });
      syncBrush();
      if (end >= n - 1) stop();
      else start++;
    };
    playButton.textContent = '❚❚ Pause';
    playButton.setAttribute('aria-pressed', 'true');
    timer = setInterval(show, STEP_MS);
    show();
  };
  playButton.addEventListener('click', () => (timer !== undefined ? stop() : play()));

  const offFilters = filters.subscribe((f, p) => {
    if (f.from !== p.from || f.to !== p.to) syncBrush();
  });
  const onResize = () => draw();
  window.addEventListener('resize', onResize);

  return {
    setData(rows) {
      byMonth = new Map(rows.map((r) => [r.month, r]));
      const sorted = rows.map((r) => r.month).sort();
      months = sorted.length ? monthRange(sorted[0], sorted[sorted.length - 1]) : [];
      draw();
    },
    teardown() {
      stop();
      offFilters();
      window.removeEventListener('resize', onResize);
    },
  };
}
