// GraphML export: keys declared once, every actor and relation with its attributes, text escaped as XML.
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../../web/app/explorer/graph-data.ts';
import { graphmlOf } from '../../../web/app/export/graphml.ts';

describe('graphmlOf', () => {
  it('writes nodes and edges with escaped values and typed keys', () => {
    const g = createGraph();
    g.addNode('a&b', { label: '<img src=x> & "Co"', type: 'Organization', x: 1.5, y: -2 } as never);
    g.addNode('RUS', { label: 'Russia', type: 'State', x: 0, y: 0, mentions: 3 } as never);
    g.addEdgeWithKey('a&b|CRITICIZE|RUS', 'a&b', 'RUS', {
      type: 'CRITICIZE',
      quadClass: 'VERBAL_CONFLICT',
      count: 2,
      firstSeen: '2022-01-01',
      lastSeen: '2022-02-01',
      meanScore: -4,
    } as never);
    const xml = graphmlOf(g, () => '#123456');
    expect(xml).toContain('<key id="e_count" for="edge" attr.name="count" attr.type="int"/>');
    expect(xml).toContain(
      '<node id="a&amp;b"><data key="n_label">&lt;img src=x&gt; &amp; &quot;Co&quot;</data>',
    );
    expect(xml).toContain('<data key="n_color">#123456</data>');
    expect(xml).toContain('<edge id="a&amp;b|CRITICIZE|RUS" source="a&amp;b" target="RUS">');
    expect(xml).toContain('<data key="e_meanScore">-4</data>');
    expect(xml).not.toContain('<img');
    expect(xml.match(/<node /g)).toHaveLength(2);
  });
});
