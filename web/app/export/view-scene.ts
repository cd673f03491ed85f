// The view as a scene to export: every actor and relation as drawn (sigma's display data, after the reducers), the
// labels sigma shows, widened so no label is cut, and the legend's rows read from the legend as shown. One scene,
// drawn by view-image.ts as SVG or PNG at any scale, so both hold the same picture.
import type { EntenteSigma } from '../explorer/renderer.ts';
import { LABEL_STYLE } from '../explorer/renderer.ts';

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  /** Ringed when highlighted (the selected actor, a path, picked actors). */
  ring: boolean;
}
export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Control point of a curved edge (parallel relations), else null. */
  cx: number | null;
  cy: number | null;
  color: string;
  width: number;
  /** The target's radius, so the arrow head stops at its disc. */
  targetRadius: number;
  arrow: boolean;
}
export interface SceneLabel {
  x: number;
  y: number;
  text: string;
}
export interface LegendEntry {
  kind: 'dot' | 'line' | 'note';
  color: string | null;
  text: string;
  x: number;
  y: number;
}

export interface Scene {
  width: number;
  height: number;
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: SceneLabel[];
  legend: LegendEntry[];
}

export const SCENE_FONT = `${LABEL_STYLE.weight} ${LABEL_STYLE.size}px ${LABEL_STYLE.font}`;
export const LEGEND_FONT = `400 11px ${LABEL_STYLE.font}`;
const MARGIN = 12;
const LEGEND_LINE = 18;
const SWATCH = 16;

let measurer: CanvasRenderingContext2D | null = null;
export function textWidth(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** The legend's entries as shown: each list a row (wrapped at `width`), each item a dot, a line swatch or a note. */
export function legendEntries(
  legend: HTMLElement,
): { kind: LegendEntry['kind']; color: string | null; text: string }[][] {
  return [...legend.querySelectorAll('ul')].map((list) =>
    [...list.querySelectorAll('li')].map((li) => {
      const swatch = li.querySelector<HTMLElement>('.dot, .line-swatch');
      return {
        kind: !swatch ? 'note' : swatch.classList.contains('dot') ? 'dot' : 'line',
        color: swatch ? getComputedStyle(swatch).backgroundColor : null,
        text: li.textContent?.trim() ?? '',
      };
    }),
  );
}

/** Lays the legend's rows out under the graph from `top`, wrapping at `width`; returns the entries and the bottom. */
function layoutLegend(
  rows: ReturnType<typeof legendEntries>,
  top: number,
  width: number,
): { entries: LegendEntry[]; bottom: number } {
  const entries: LegendEntry[] = [];
  let y = top;
  for (const row of rows) {
    if (!row.length) continue;
    let x = MARGIN;
    for (const item of row) {
      const w = (item.kind === 'note' ? 0 : SWATCH + 4) + textWidth(item.text, LEGEND_FONT) + 14;
      if (x > MARGIN && x + w > width - MARGIN) {
        x = MARGIN;
        y += LEGEND_LINE;
      }
      entries.push({ ...item, x, y });
      x += w;
    }
    y += LEGEND_LINE;
  }
  return { entries, bottom: y };
}

/** The scene of what sigma draws now, framed like the stage and widened to hold every label whole. */
export function viewScene(sigma: EntenteSigma, legend: HTMLElement | null): Scene {
  sigma.refresh();
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const shownLabels = sigma.getNodeDisplayedLabels();
  const nodes = new Map<string, SceneNode>();
  const labels: SceneLabel[] = [];
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    if (p.x + r < 0 || p.y + r < 0 || p.x - r > width || p.y - r > height) return;
    nodes.set(node, { x: p.x, y: p.y, r, color: d.color, ring: Boolean(d.highlighted) });
    if (d.label && (shownLabels.has(node) || d.forceLabel))
      labels.push({ x: p.x + r + 3, y: p.y + LABEL_STYLE.size / 3, text: d.label });
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((edge, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(edge) as
      (ReturnType<EntenteSigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    const s = nodes.get(source);
    const t = nodes.get(target);
    if (!d || d.hidden || !s || !t) return;
    const curved = d.type === 'curved' && typeof d.curvature === 'number';
    const [mx, my] = [(s.x + t.x) / 2, (s.y + t.y) / 2];
    // The control point sits off the middle, perpendicular, by the curvature times the length.
    const [dx, dy] = [t.x - s.x, t.y - s.y];
    const k = curved ? d.curvature! : 0;
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      cx: curved ? mx - dy * k : null,
      cy: curved ? my + dx * k : null,
      color: d.color,
      width: Math.max(1, sigma.scaleSize(d.size)),
      targetRadius: t.r,
      arrow: d.type !== 'line',
    });
  });
  // Widened (never narrowed) so every label and disc is whole.
  let [left, right, top, bottom] = [0, width, 0, height];
  for (const n of nodes.values()) {
    left = Math.min(left, n.x - n.r);
    right = Math.max(right, n.x + n.r);
    top = Math.min(top, n.y - n.r);
    bottom = Math.max(bottom, n.y + n.r);
  }
  for (const l of labels) {
    right = Math.max(right, l.x + textWidth(l.text, SCENE_FONT));
    top = Math.min(top, l.y - LABEL_STYLE.size);
    bottom = Math.max(bottom, l.y + 4);
  }
  const [ox, oy] = [MARGIN - left, MARGIN - top];
  const sceneWidth = Math.ceil(right - left + 2 * MARGIN);
  const graphBottom = bottom - top + 2 * MARGIN;
  const { entries, bottom: legendBottom } = layoutLegend(
    legend ? legendEntries(legend) : [],
    graphBottom + 6,
    sceneWidth,
  );
  return {
    width: sceneWidth,
    height: Math.ceil(entries.length ? legendBottom + MARGIN : graphBottom),
    nodes: [...nodes.values()].map((n) => ({ ...n, x: n.x + ox, y: n.y + oy })),
    edges: edges.map((e) => ({
      ...e,
      x1: e.x1 + ox,
      y1: e.y1 + oy,
      x2: e.x2 + ox,
      y2: e.y2 + oy,
      cx: e.cx === null ? null : e.cx + ox,
      cy: e.cy === null ? null : e.cy + oy,
    })),
    labels: labels.map((l) => ({ ...l, x: l.x + ox, y: l.y + oy })),
    legend: entries,
  };
}
