// One month's statements as bars stacked by quad class: the timeline and the pair chart draw months alike.
import type { Selection } from 'd3-selection';
import type { MonthRow } from '../api/types.ts';
import { QUAD_CLASS_STYLES } from '../explorer/palette.ts';

/** The row's count for each quad class, in the order the bars stack (cooperation at the bottom). */
export const STACK = QUAD_CLASS_STYLES.filter((s) => s.cooperative !== null).map((s) => ({
  ...s,
  key: s.id.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()) as keyof MonthRow,
}));

/** "3 verbal cooperation, 0 material cooperation, …": a month's counts for its tooltip. */
export const stackSummary = (row: MonthRow): string =>
  STACK.map((s) => `${row[s.key]} ${s.label.toLowerCase()}`).join(', ');

/** Appends the month's bars to `g`, from `y(0)` upwards, `width` wide from `x`. */
export function appendStackedBars(
  g: Selection<SVGGElement, unknown, null, undefined>,
  row: MonthRow,
  x: number,
  width: number,
  y: (value: number) => number,
  fillOpacity?: number,
): void {
  let base = 0;
  for (const s of STACK) {
    const n = Number(row[s.key]) || 0;
    if (!n) continue;
    const bar = g
      .append('rect')
      .attr('class', 'bar')
      .attr('data-quad', s.id)
      .attr('data-count', n)
      .attr('x', x)
      .attr('width', width)
      .attr('y', y(base + n))
      .attr('height', Math.max(0.5, y(base) - y(base + n)))
      .attr('fill', s.color);
    if (fillOpacity !== undefined) bar.attr('fill-opacity', fillOpacity);
    base += n;
  }
}
