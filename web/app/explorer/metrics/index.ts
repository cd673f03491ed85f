// Derived measures of the loaded graph, one per file, kept apart from its data (display never writes to the graph).
import type { EntenteGraph } from '../graph-data.ts';
import { communitiesOf, summariseCommunities, type CommunitySummary } from './communities.ts';
import { degreeOf } from './degree.ts';
import { pagerankOf } from './pagerank.ts';
import { parallelEdgeCurvature } from './parallel-edge-curvature.ts';
import { simpleProjection } from './simple-projection.ts';

export interface GraphMetrics {
  pagerank: Map<string, number>;
  maxPagerank: number;
  degree: Map<string, number>;
  maxDegree: number;
  community: Map<string, number>;
  communityCount: number;
  /** Communities, largest first, named after their most central member. */
  communities: CommunitySummary[];
  /** Curvature of edges that share their pair of actors with others; absent means straight. */
  curvature: Map<string, number>;
  maxCount: number;
}

export function computeMetrics(graph: EntenteGraph): GraphMetrics {
  const simple = simpleProjection(graph);
  const pagerank = pagerankOf(simple);
  const community = communitiesOf(simple);
  const degree = degreeOf(graph);
  let maxCount = 1;
  graph.forEachEdge((_e, a) => {
    maxCount = Math.max(maxCount, a.count ?? 1);
  });
  return {
    pagerank,
    maxPagerank: Math.max(0, ...pagerank.values()),
    degree,
    maxDegree: Math.max(0, ...degree.values()),
    community,
    communityCount: new Set(community.values()).size,
    communities: summariseCommunities(
      community,
      pagerank,
      (n) => graph.getNodeAttribute(n, 'label') ?? n,
    ),
    curvature: parallelEdgeCurvature(graph),
    maxCount,
  };
}
