// Exports: the drawn view with its legend as a high-resolution PNG and as SVG (view-scene.ts), the graph as GEXF,
// GraphML and JSON.
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { EntenteGraph } from '../explorer/graph-data.ts';
import type { EntenteSigma } from '../explorer/renderer.ts';
import { graphmlOf } from './graphml.ts';
import { sceneToCanvas, sceneToSvg } from './view-image.ts';
import { viewScene } from './view-scene.ts';
import { withGexfVizNamespace } from '../../shared/gexf-viz-namespace.ts';
import type { Visibility } from '../explorer/visibility.ts';

const BACKGROUND = '#ffffff';

/** Composes sigma's canvases (WebGL layers are read right after a synchronous render). */
export function composeView(sigma: EntenteSigma): HTMLCanvasElement {
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const { width, height } = sigma.getDimensions();
  const first = Object.values(canvases)[0];
  const ratio = first ? first.width / Math.max(1, width) : 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const canvas = canvases[id];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** How many pixels differ from the background: a cheap check that something was drawn. */
export function drawnPixelCount(sigma: EntenteSigma): number {
  const canvas = composeView(sigma);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) count++;
  }
  return count;
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** How many times the view's size the PNG is drawn at. */
export const PNG_SCALE = 3;

/** The view and its legend, every label whole, drawn at PNG_SCALE times its size. */
export function exportPng(sigma: EntenteSigma, legend: HTMLElement | null): void {
  sceneToCanvas(viewScene(sigma, legend), PNG_SCALE).toBlob(
    (blob) => blob && download(blob, `entente-${stamp()}.png`),
    'image/png',
  );
}

/** The same picture as SVG: shapes and text, scalable, editable in Inkscape or Illustrator. */
export function exportSvg(sigma: EntenteSigma, legend: HTMLElement | null): void {
  download(
    new Blob([sceneToSvg(viewScene(sigma, legend))], { type: 'image/svg+xml' }),
    `entente-${stamp()}.svg`,
  );
}

/** The view as shown: a copy of the graph without what the filters or the hidden list leave off screen. */
export function shownGraph(graph: EntenteGraph, visibility: Visibility): EntenteGraph {
  const shown = graph.copy();
  for (const e of visibility.hiddenEdges) if (shown.hasEdge(e)) shown.dropEdge(e);
  for (const n of visibility.hiddenNodes) if (shown.hasNode(n)) shown.dropNode(n);
  return shown;
}

/** The picked actors as shown and the shown relations among them. */
export function pickedGraph(
  graph: EntenteGraph,
  visibility: Visibility,
  picked: readonly string[],
): EntenteGraph {
  const keep = new Set(picked);
  const shown = shownGraph(graph, visibility);
  for (const n of shown.nodes()) if (!keep.has(n)) shown.dropNode(n);
  return shown;
}

export type GraphFormat = 'gexf' | 'graphml' | 'json';

/** The graph formats, as their buttons name them. */
export const GRAPH_FORMATS: readonly { format: GraphFormat; label: string }[] = [
  { format: 'gexf', label: 'GEXF' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'json', label: 'JSON' },
];

/** Saves a graph in one of the formats, each actor in the colour it is drawn in (GEXF, GraphML). */
export function exportGraph(
  format: GraphFormat,
  graph: EntenteGraph,
  colourOf: (node: string) => string,
  name = 'entente',
): void {
  if (format === 'gexf') exportGexf(graph, colourOf, name);
  else if (format === 'graphml') exportGraphml(graph, colourOf, name);
  else exportJson(graph, name);
}

/** GEXF of the graph as shown, each actor in the colour it is drawn in. */
export function exportGexf(
  graph: EntenteGraph,
  colourOf: (node: string) => string,
  name = 'entente',
): void {
  const gexf = writeGexf(graph, {
    formatNode: (key, a) => ({
      label: a.label ?? key,
      attributes: {
        type: a.type,
        countryCode: a.countryCode ?? '',
        degree: a.degree ?? 0,
        mentions: a.mentions ?? 0,
      },
      viz: { x: a.x, y: a.y, color: colourOf(key) },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.count ?? 1,
      attributes: {
        type: a.type,
        quadClass: a.quadClass ?? '',
        count: a.count ?? 1,
        firstSeen: a.firstSeen ?? '',
        lastSeen: a.lastSeen ?? '',
        meanScore: a.meanScore ?? 0,
      },
    }),
  });
  download(
    new Blob([withGexfVizNamespace(gexf)], { type: 'application/gexf+xml' }),
    `${name}-${stamp()}.gexf`,
  );
}

export function exportGraphml(
  graph: EntenteGraph,
  colourOf: (node: string) => string,
  name = 'entente',
): void {
  download(
    new Blob([graphmlOf(graph, colourOf)], { type: 'application/graphml+xml' }),
    `${name}-${stamp()}.graphml`,
  );
}

export function exportJson(graph: EntenteGraph, name = 'entente'): void {
  download(
    new Blob([JSON.stringify(graph.export(), null, 2)], { type: 'application/json' }),
    `${name}-${stamp()}.json`,
  );
}
