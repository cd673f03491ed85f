// A record graph (Neo4j nodes and relationships by element id) as the explorer draws it: actors by their ids.
import { describe, expect, it } from 'vitest';
import { recordActorGraph, type RecordGraph } from '../../queries/record-graph.ts';

const graph: RecordGraph = {
  nodes: [
    {
      id: 'e1',
      labels: ['Actor', 'State'],
      properties: { id: 'IRN', name: 'Iran', type: 'State' },
    },
    { id: 'e2', labels: ['Actor', 'State'], properties: { id: 'RUS', name: 'Russia' } },
    { id: 'e3', labels: ['Article'], properties: { id: 'a1', title: 'Drones' } },
    { id: 'e4', labels: ['Actor', 'Person'], properties: { name: 'no id' } },
  ],
  relationships: [
    {
      id: 'r1',
      type: 'PROVIDE_ARMS',
      start: 'e1',
      end: 'e2',
      properties: { id: 'IRN|PROVIDE_ARMS|RUS', quadClass: 'MATERIAL_COOPERATION', count: 2 },
    },
    // Not an actor relation: the article is no actor.
    { id: 'r2', type: 'MENTIONED_IN', start: 'e1', end: 'e3', properties: { count: 1 } },
    // An aggregated type without its id property gets the codec's id.
    { id: 'r3', type: 'CONSULT', start: 'e2', end: 'e1', properties: {} },
  ],
};

describe('recordActorGraph', () => {
  const json = recordActorGraph(graph);

  it('keeps Actor nodes that have an id, labelled by name (else id), typed by property (else label)', () => {
    expect(json.nodes).toEqual([
      { key: 'IRN', attributes: { label: 'Iran', type: 'State', countryCode: null } },
      { key: 'RUS', attributes: { label: 'Russia', type: 'State', countryCode: null } },
    ]);
  });

  it('keeps relations of the ontology between kept actors, keyed by relation id', () => {
    expect(json.edges).toEqual([
      {
        key: 'IRN|PROVIDE_ARMS|RUS',
        source: 'IRN',
        target: 'RUS',
        attributes: {
          type: 'PROVIDE_ARMS',
          quadClass: 'MATERIAL_COOPERATION',
          count: 2,
          firstSeen: null,
          lastSeen: null,
          meanScore: 0,
        },
      },
      {
        key: 'RUS|CONSULT|IRN',
        source: 'RUS',
        target: 'IRN',
        attributes: {
          type: 'CONSULT',
          quadClass: null,
          count: 1,
          firstSeen: null,
          lastSeen: null,
          meanScore: 0,
        },
      },
    ]);
  });
});
