// The view exported as a high-resolution PNG and as SVG in a real browser: the same scene both ways, the legend
// drawn under the graph, every label whole, and the PNG three times the SVG's size.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  _inkedPixels,
  _open,
  _pageErrors,
  _screenshot,
  _settle,
  _withSampleExplorer,
} from './_browser.ts';

const env = _withSampleExplorer();

async function download(page: Page, label: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.export').getByRole('button', { name: label, exact: true }).click(),
  ]);
  return fs.readFileSync((await file.path())!);
}

describe('image export', () => {
  it('writes the view with its legend as SVG and as a PNG three times its size', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      await _settle(page);
      const svg = (await download(page, 'SVG')).toString('utf8');
      const png = await download(page, 'PNG');

      // The SVG, read back in the page: its size, its actors, labels and legend.
      const read = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
        document.body.appendChild(root);
        const width = Number(root.getAttribute('width'));
        const height = Number(root.getAttribute('height'));
        const labels = [...root.querySelectorAll('g.labels text')] as SVGTextElement[];
        const cut = labels
          .filter((t) => {
            const b = t.getBBox();
            return b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height;
          })
          .map((t) => t.textContent);
        const legendTop = Math.min(
          ...[...root.querySelectorAll('g.legend text')].map((t) => Number(t.getAttribute('y'))),
        );
        const graphBottom = Math.max(
          ...[...root.querySelectorAll('g.nodes circle')].map(
            (c) => Number(c.getAttribute('cy')) + Number(c.getAttribute('r')),
          ),
        );
        const out = {
          width,
          height,
          nodes: root.querySelectorAll('g.nodes circle').length,
          edges: root.querySelectorAll('g.edges path').length,
          labels: labels.map((t) => t.textContent),
          legend: [...root.querySelectorAll('g.legend text')].map((t) => t.textContent),
          cut,
          legendTop,
          graphBottom,
          scripts: root.querySelectorAll('script, foreignObject').length,
        };
        root.remove();
        return out;
      }, svg);
      const shown = await page.evaluate(() => {
        const stage = document.getElementById('graph')!.getBoundingClientRect();
        const nodes = window.__entente!.visibleNodes().filter((n) => {
          const b = window.__entente!.drawnBox(n);
          return b && b.x >= 0 && b.y >= 0 && b.x <= stage.width && b.y <= stage.height;
        });
        const legend = [...document.querySelectorAll('.legend li')].map((li) =>
          li.textContent!.trim(),
        );
        return { nodes, legend, width: stage.width };
      });
      expect(read.nodes).toBe(shown.nodes.length);
      expect(read.edges).toBeGreaterThan(0);
      expect(read.labels.length).toBeGreaterThan(0);
      expect(read.cut).toEqual([]);
      expect(read.width).toBeGreaterThanOrEqual(Math.floor(shown.width));
      // The legend as shown, under the graph.
      expect(read.legend).toEqual(shown.legend);
      expect(read.legendTop).toBeGreaterThan(read.graphBottom);
      expect(read.scripts).toBe(0);

      // The PNG: the same scene at three times the size (IHDR width and height), ink in the graph and the legend.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        read.width * 3,
        read.height * 3,
      ]);
      const band = (top: number, bottom: number) => ({
        x: 0,
        y: Math.round(top * 3),
        width: read.width * 3,
        height: Math.round((bottom - top) * 3),
      });
      expect(await _inkedPixels(page, png, band(0, read.graphBottom))).toBeGreaterThan(1000);
      expect(await _inkedPixels(page, png, band(read.legendTop - 12, read.height))).toBeGreaterThan(
        500,
      );
      fs.writeFileSync('tests/artifacts/export-view.png', png);
      fs.writeFileSync('tests/artifacts/export-view.svg', svg);
      await _screenshot(page, 'export-image');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
