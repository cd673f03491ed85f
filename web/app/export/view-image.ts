// Draws a view scene (view-scene.ts) as SVG (elements and text nodes, never markup from data) or on a canvas at a
// scale, for a high-resolution PNG: the same geometry both ways.
import { LEGEND_FONT, SCENE_FONT, type Scene, type SceneEdge } from './view-scene.ts';

const BACKGROUND = '#ffffff';
const LABEL_COLOUR = '#1f2430';
const NOTE_COLOUR = '#5f6673';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where an edge's line ends (at the target's disc) and its arrow head's three corners. */
function edgeEnd(e: SceneEdge): { x: number; y: number; head: [number, number][] | null } {
  const [fx, fy] = e.cx === null ? [e.x1, e.y1] : [e.cx, e.cy!];
  const len = Math.hypot(e.x2 - fx, e.y2 - fy) || 1;
  const [ux, uy] = [(e.x2 - fx) / len, (e.y2 - fy) / len];
  const tip = { x: e.x2 - ux * e.targetRadius, y: e.y2 - uy * e.targetRadius };
  if (!e.arrow) return { x: e.x2, y: e.y2, head: null };
  const size = Math.max(6, e.width * 2.5);
  const [bx, by] = [tip.x - ux * size, tip.y - uy * size];
  return {
    x: bx,
    y: by,
    head: [
      [tip.x, tip.y],
      [bx - uy * size * 0.5, by + ux * size * 0.5],
      [bx + uy * size * 0.5, by - ux * size * 0.5],
    ],
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs))
    node.setAttribute(k, typeof v === 'number' ? String(round(v)) : v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function sceneToSvg(scene: Scene): string {
  const svg = svgEl('svg', {
    xmlns: SVG_NS,
    width: scene.width,
    height: scene.height,
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    'font-family': SCENE_FONT.split('px ')[1],
  });
  svg.appendChild(svgEl('rect', { width: '100%', height: '100%', fill: BACKGROUND }));
  const edges = svgEl('g', { class: 'edges', fill: 'none' });
  for (const e of scene.edges) {
    const end = edgeEnd(e);
    const d =
      e.cx === null
        ? `M${round(e.x1)},${round(e.y1)}L${round(end.x)},${round(end.y)}`
        : `M${round(e.x1)},${round(e.y1)}Q${round(e.cx)},${round(e.cy!)} ${round(end.x)},${round(end.y)}`;
    edges.appendChild(svgEl('path', { d, stroke: e.color, 'stroke-width': e.width }));
    if (end.head)
      edges.appendChild(
        svgEl('polygon', {
          points: end.head.map(([x, y]) => `${round(x)},${round(y)}`).join(' '),
          fill: e.color,
        }),
      );
  }
  svg.appendChild(edges);
  const nodes = svgEl('g', { class: 'nodes' });
  for (const n of scene.nodes)
    nodes.appendChild(
      svgEl('circle', {
        cx: n.x,
        cy: n.y,
        r: n.r,
        fill: n.color,
        ...(n.ring ? { stroke: LABEL_COLOUR, 'stroke-width': 1.5 } : {}),
      }),
    );
  svg.appendChild(nodes);
  const labels = svgEl('g', {
    class: 'labels',
    'font-size': 12,
    'font-weight': 500,
    fill: LABEL_COLOUR,
  });
  for (const l of scene.labels) labels.appendChild(svgEl('text', { x: l.x, y: l.y }, l.text));
  svg.appendChild(labels);
  const legend = svgEl('g', { class: 'legend', 'font-size': 11 });
  for (const item of scene.legend) {
    let x = item.x;
    if (item.kind === 'dot' && item.color)
      legend.appendChild(svgEl('circle', { cx: x + 5, cy: item.y - 4, r: 5, fill: item.color }));
    if (item.kind === 'line' && item.color)
      legend.appendChild(
        svgEl('rect', { x, y: item.y - 5, width: 16, height: 3, fill: item.color }),
      );
    if (item.kind !== 'note') x += 20;
    legend.appendChild(
      svgEl(
        'text',
        { x, y: item.y, fill: item.kind === 'note' ? NOTE_COLOUR : LABEL_COLOUR },
        item.text,
      ),
    );
  }
  svg.appendChild(legend);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The scene on a canvas `scale` times its size (3: a print-quality PNG of a screen-sized view). */
export function sceneToCanvas(scene: Scene, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const e of scene.edges) {
    const end = edgeEnd(e);
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    if (e.cx === null) ctx.lineTo(end.x, end.y);
    else ctx.quadraticCurveTo(e.cx, e.cy!, end.x, end.y);
    ctx.stroke();
    if (end.head) {
      ctx.fillStyle = e.color;
      ctx.beginPath();
      end.head.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.fill();
    }
  }
  for (const n of scene.nodes) {
    ctx.fillStyle = n.color;
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    ctx.fill();
    if (n.ring) {
      ctx.strokeStyle = LABEL_COLOUR;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
  ctx.fillStyle = LABEL_COLOUR;
  ctx.font = SCENE_FONT;
  for (const l of scene.labels) ctx.fillText(l.text, l.x, l.y);
  ctx.font = LEGEND_FONT;
  for (const item of scene.legend) {
    let x = item.x;
    if (item.kind === 'dot' && item.color) {
      ctx.fillStyle = item.color;
      ctx.beginPath();
      ctx.arc(x + 5, item.y - 4, 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (item.kind === 'line' && item.color) {
      ctx.fillStyle = item.color;
      ctx.fillRect(x, item.y - 5, 16, 3);
    }
    if (item.kind !== 'note') x += 20;
    ctx.fillStyle = item.kind === 'note' ? NOTE_COLOUR : LABEL_COLOUR;
    ctx.fillText(item.text, x, item.y);
  }
  return canvas;
}
