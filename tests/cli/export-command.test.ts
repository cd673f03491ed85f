// `entente export` end to end over the sample corpus: GEXF and GraphML parse back with graphology to the same
// nodes, edges and attributes as the JSON export; CSV tables; a bloc; bad input.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/entente.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-export-'));

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: process.env,
      timeout: 120_000,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Exports to a file and reads it back. */
async function exported(format: string, extra: string[] = []): Promise<string> {
  const file = path.join(tmp, `graph-${format}-${extra.join('_')}`);
  const { code, stderr } = await cli(['export', '--format', format, '--output', file, ...extra]);
  expect(code, stderr).toBe(0);
  expect(stderr).toMatch(/\d+ actors, \d+ relations written to /);
  return fs.readFileSync(file, 'utf8');
}

let reference: MultiDirectedGraph;

beforeAll(async () => {
  await useSampleCorpus();
  reference = MultiDirectedGraph.from(JSON.parse(await exported('json')));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('entente export', () => {
  it('exports the graph as graphology JSON with blocs, PageRank and colours', () => {
    expect(reference.order).toBeGreaterThan(50);
    expect(reference.getNodeAttributes('RUS')).toMatchObject({
      label: 'Russia',
      bloc: 1,
      blocName: 'Russia',
    });
    expect(reference.getNodeAttribute('SYR', 'bloc')).toBe(1);
    expect(reference.getNodeAttribute('vladimir-putin', 'countsFor')).toBe('RUS');
    expect(reference.getNodeAttribute('RUS', 'color')).toMatch(/^#[0-9A-F]{6}$/i);
    const attack = reference.findEdge(
      (_e, a, s, t) => s === 'RUS' && t === 'UKR' && a.type === 'ATTACK',
    )!;
    expect(reference.getEdgeAttributes(attack)).toMatchObject({
      quadClass: 'MATERIAL_CONFLICT',
      // The sample corpus states Russia's attack on Ukraine in seven sentences.
      count: 7,
      weight: 7,
    });
  });

  it('writes GEXF that graphology parses back to the same nodes, edges, attributes and colours', async () => {
    const gexf = await exported('gexf');
    // Colours and sizes under the viz namespace GEXF 1.2 defines, where namespace-aware readers look for them.
    expect(gexf).toMatch(/<gexf [^>]*xmlns:viz="http:\/\/www\.gexf\.net\/1\.1draft\/viz"/);
    expect(gexf).toMatch(/<viz:color r="68" g="119" b="170"\/>\s*<viz:size value="/);
    const graph = parseGexf(MultiDirectedGraph, gexf);
    expect([graph.order, graph.size]).toEqual([reference.order, reference.size]);
    const rus = graph.getNodeAttributes('RUS');
    expect(rus).toMatchObject({ label: 'Russia', type: 'State', bloc: 1, blocName: 'Russia' });
    expect(rus.pagerank).toBeCloseTo(reference.getNodeAttribute('RUS', 'pagerank'), 6);
    expect(rus.color).toBe('rgb(68,119,170)'); // the bloc colour #4477AA, as Gephi reads it
    expect(graph.getNodeAttribute('SYR', 'bloc')).toBe(1);
    const attack = graph.findEdge(
      (_e, a, s, t) => s === 'RUS' && t === 'UKR' && a.type === 'ATTACK',
    )!;
    expect(graph.getEdgeAttributes(attack)).toMatchObject({
      quadClass: 'MATERIAL_CONFLICT',
      // The sample corpus states Russia's attack on Ukraine in seven sentences.
      count: 7,
      weight: 7,
    });
  });

  it('writes GraphML that graphology parses back to the same nodes, edges and attributes', async () => {
    const graph = parseGraphml(MultiDirectedGraph, await exported('graphml'));
    expect([graph.order, graph.size]).toEqual([reference.order, reference.size]);
    reference.forEachNode((id, a) => {
      for (const name of ['label', 'type', 'bloc', 'pagerank', 'countsFor', 'color'])
        if (a[name] !== null)
          expect(graph.getNodeAttribute(id, name), `${id}.${name}`).toEqual(a[name]);
    });
    const attack = graph.findEdge(
      (_e, a, s, t) => s === 'RUS' && t === 'UKR' && a.type === 'ATTACK',
    )!;
    expect(graph.getEdgeAttributes(attack)).toMatchObject({
      quadClass: 'MATERIAL_CONFLICT',
      count: 7,
    });
  });

  it('exports a bloc, a period and a quad class as filtered', async () => {
    const bloc = MultiDirectedGraph.from(JSON.parse(await exported('json', ['--bloc', 'IRN'])));
    expect(bloc.nodes()).toEqual(expect.arrayContaining(['RUS', 'IRN', 'SYR', 'vladimir-putin']));
    expect(bloc.hasNode('UKR')).toBe(false);
    const conflict2022 = MultiDirectedGraph.from(
      JSON.parse(
        await exported('json', [
          '--quad-classes',
          'MATERIAL_CONFLICT',
          '--from',
          '2022-01-01',
          '--to',
          '2022-12-31',
        ]),
      ),
    );
    expect(conflict2022.size).toBeGreaterThan(0);
    conflict2022.forEachEdge((_e, a) => {
      expect(a.quadClass).toBe('MATERIAL_CONFLICT');
      expect(a.lastSeen >= '2022-01-01' && a.firstSeen <= '2022-12-31').toBe(true);
    });
  });

  it('writes the relations or the actors as CSV', async () => {
    const edges = (await cli(['export', '--format', 'csv'])).stdout.trim().split('\n');
    expect(edges[0]).toMatch(
      /^id,source,sourceName,sourceBloc,target,targetName,targetBloc,label,type,quadClass,count/,
    );
    expect(edges).toHaveLength(reference.size + 1);
    const nodes = (await cli(['export', '--format', 'csv', '--table', 'nodes'])).stdout
      .trim()
      .split('\n');
    expect(nodes).toHaveLength(reference.order + 1);
    expect(nodes.find((l) => l.startsWith('RUS,'))).toMatch(/^RUS,Russia,State,RUS,/);
  });

  it('refuses a bad format, filter or bloc with a clear message and exit code 1', async () => {
    const cases: [string[], RegExp][] = [
      [['export', '--format', 'xml'], /--format must be gexf, graphml, json, csv/],
      [['export', '--format', 'json', '--quad-classes', 'WAR'], /quadClasses/],
      [['export', '--format', 'json', '--from', '2022-02-30'], /YYYY-MM-DD/],
      [['export', '--format', 'json', '--bloc', 'atlantis'], /"atlantis" has no statements/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });
});
