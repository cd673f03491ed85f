// The load test (`npm run test:load`, bench/load-test.ts) as part of `npm test`: 64 clients for 30 s on the main read
// endpoints of a 10,000-article graph generated on the spot, while an ingest runs, and no answer but 2xx or the
// designed 503 busy, and most overview requests answered rather than refused. It starts its own Neo4j, and its
// project runs with no other file beside it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_TEST, runLoadTest } from '../../bench/load-test.ts';

describe('the server under load', () => {
  it('answers 64 clients for 30 s on 10,000 articles during an ingest with no error', async () => {
    expect(DEFAULT_LOAD_TEST).toEqual({ clients: 64, seconds: 30, articles: 10_000 });
    const report = await runLoadTest(DEFAULT_LOAD_TEST);
    // The figures in CI's log: p50/p95/p99 per endpoint and overall, answers by status.
    console.log(`load test: ${JSON.stringify(report, null, 2)}`);
    expect(report.graph.articles).toBe(10_000);
    expect(report.failures).toEqual({});
    expect(report.errors).toBe(0);
    expect(report.ingestDuringLoad.failed).toBe(0);
    // Refusing everyone would have no error either: the cheap endpoints must have answered.
    for (const endpoint of ['search', 'profile', 'evidence'])
      expect(report.byEndpoint[endpoint]?.statuses['200'] ?? 0).toBeGreaterThan(0);
    // The overview is answered from its cache while the ingest changes the graph: most requests get one.
    expect(report.overview.answered).toBeGreaterThan(report.overview.busy);
  });
});
