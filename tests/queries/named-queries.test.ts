// Every named query against the real Neo4j: the sample corpus for real answers, a prefixed fixture for exact ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { QUERIES } from '../../queries/index.ts';
import { QueryParamsError } from '../../queries/query-params.ts';
import { runNamedQuery } from '../../queries/run-query.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { id, removeFixture, writeFixture } from './fixture.ts';

let db: Database;
beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
  await removeFixture(db);
  await writeFixture(db);
});
afterAll(async () => {
  await removeFixture(db);
  await db.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;
const run = async (name: string, params: Record<string, unknown> = {}): Promise<Data> =>
  (await runNamedQuery(db, name, params)).data;
const ids = (actors: { id: string }[]) => actors.map((a) => a.id);

/** One case per named query (at least): [name, params, what the answer must show]. */
const CASES: [string, Record<string, unknown>, (data: Data) => void | Promise<void>][] = [
  [
    'actor-profile',
    { id: id('RUS') },
    (d) => {
      expect(d.actor).toMatchObject({
        id: id('RUS'),
        name: 'Russia',
        type: 'State',
        countryCode: 'RUS',
      });
      expect(d.leaders.map((l: Data) => l.id)).toEqual([id('putin')]);
      expect(d.relations).toContainEqual(
        expect.objectContaining({ id: `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}`, direction: 'in' }),
      );
    },
  ],
  [
    'actor-profile',
    { id: id('TUR') },
    (d) =>
      expect(d.memberOf).toEqual([
        { id: id('nato'), name: 'NATO', type: 'Alliance', via: ['registry', 'MEMBER_OF'] },
      ]),
  ],
  [
    'actor-profile',
    { id: id('nato') },
    (d) => {
      expect(ids(d.members).sort()).toEqual([id('FIN'), id('TUR'), id('USA')].sort());
      expect(d.members.find((m: Data) => m.id === id('FIN')).via).toEqual(['JOIN']);
    },
  ],
  ['actor-profile', { id: id('IRN') }, (d) => expect(ids(d.parts)).toEqual([id('iran-mfa')])],
  ['actor-profile', { id: 'RUS' }, (d) => expect(d.actor.name).toBe('Russia')],
  ['actor-profile', { id: 'no-such-actor' }, (d) => expect(d).toBeNull()],
  ['actor-neighborhood', { id: 'no-such-actor' }, (d) => expect(d).toBeNull()],
  ['actor-search', { q: 'Ira' }, (d) => expect(ids(d)).toContain('IRN')],
  [
    'actor-search',
    { q: 'Iran', limit: 1 },
    (d) => expect(d[0]).toMatchObject({ name: 'Iran', type: 'State' }),
  ],
  ['actor-search', { q: 'Russian Federation' }, (d) => expect(ids(d)).toContain('RUS')],
  ['actor-search', { q: 'North Atlantic (Treaty) "Org*' }, (d) => expect(ids(d)).toContain('nato')],
  [
    'actor-neighborhood',
    { id: id('FIN'), depth: 1 },
    (d) => {
      expect(d.nodes.map((n: Data) => n.key).sort()).toEqual(
        [id('FIN'), id('RUS'), id('nato')].sort(),
      );
      expect(d.edges.map((e: Data) => e.key)).toContain(`${id('FIN')}|JOIN|${id('nato')}`);
    },
  ],
  [
    'actor-neighborhood',
    { id: id('FIN'), depth: 2, limit: 4 },
    (d) => {
      expect(d.attributes.truncated).toBe(true);
      expect(d.nodes).toHaveLength(4);
      expect(d.nodes[0]).toMatchObject({ key: id('FIN'), attributes: { distance: 0 } });
    },
  ],
  ['partners', { id: 'RUS' }, (d) => expect(d[0].partner.id).toBe('IRN')],
  [
    'partners',
    { id: id('RUS') },
    (d) => {
      expect(d[0]).toMatchObject({ partner: { id: id('IRN') }, statements: 3 });
      expect(d[0].cooperation).toBeCloseTo(5 + 3.4 + 7.4);
    },
  ],
  [
    'adversaries',
    { id: 'RUS' },
    (d) => expect(ids(d.map((r: Data) => r.adversary))).toContain('UKR'),
  ],
  [
    'adversaries',
    { id: id('RUS') },
    (d) => expect(d[0]).toMatchObject({ adversary: { id: id('UKR') }, materialConflict: 2 }),
  ],
  [
    'relation-evidence',
    { a: 'RUS', b: 'IRN' },
    async (d) => {
      expect(d.length).toBeGreaterThan(0);
      const item = d[0].evidence[0];
      // The evidence is the sentence stored on the statement that produced the edge, and it is in the article.
      const r = await db.run(
        'MATCH (s:Statement {id: $sid})-[:REPORTED_IN]->(a:Article) RETURN s.sentence AS sentence, s.relationId AS rid, a.text AS text',
        { sid: item.statementId },
      );
      expect(r.records[0].get('sentence')).toBe(item.sentence);
      expect(r.records[0].get('rid')).toBe(d[0].relation.id);
      expect(r.records[0].get('text')).toContain(item.sentence);
    },
  ],
  [
    'relation-evidence',
    { a: id('IRN'), b: id('RUS'), type: 'PROVIDE_ARMS' },
    (d) => {
      expect(d).toHaveLength(1);
      expect(d[0].evidence).toEqual([
        expect.objectContaining({
          sentence: 'Iran supplied drones to Russia.',
          date: '2022-10-17',
          article: expect.objectContaining({ id: id('a7') }),
        }),
      ]);
    },
  ],
  [
    'relation-by-id',
    { id: `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}` },
    (d) => {
      expect(d.relation).toMatchObject({
        id: `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}`,
        type: 'PROVIDE_ARMS',
        source: { id: id('IRN') },
        target: { id: id('RUS') },
      });
      expect(d.evidence.map((e: Data) => e.sentence)).toEqual(['Iran supplied drones to Russia.']);
    },
  ],
  // The id is directed: the same pair the other way round is no relation.
  ['relation-by-id', { id: `${id('RUS')}|PROVIDE_ARMS|${id('IRN')}` }, (d) => expect(d).toBeNull()],
  [
    'relation-evidence',
    { a: id('RUS'), b: id('IRN'), directed: true },
    (d) => expect(d.map((r: Data) => r.relation.type)).toEqual(['COOPERATE']),
  ],
  [
    'relation-timeline',
    { a: id('RUS'), b: id('TUR') },
    (d) => {
      expect(d.map((y: Data) => y.year)).toEqual([2015, 2016]);
      expect(d[0]).toMatchObject({
        statements: 2,
        meanScore: -8,
        materialConflict: 2,
        fromA: 1,
        fromB: 1,
      });
      expect(d[1]).toMatchObject({ statements: 1, meanScore: 5, verbalCooperation: 1 });
    },
  ],
  [
    'statements-per-month',
    { a: id('TUR'), b: id('RUS') },
    (d) => {
      const months = d.map((m: Data) => m.month);
      expect(months.every((m: string) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
      expect([...months].sort()).toEqual(months);
      expect(months[0].slice(0, 4)).toBe('2015');
      expect(months.at(-1).slice(0, 4)).toBe('2016');
      const sum = (k: string) => d.reduce((n: number, m: Data) => n + m[k], 0);
      expect(sum('statements')).toBe(3);
      expect(sum('materialConflict')).toBe(2);
      expect(sum('verbalCooperation')).toBe(1);
    },
  ],
  [
    'shortest-path',
    { from: id('FIN'), to: id('SYR') },
    (d) => {
      expect(d.path).toEqual([id('FIN'), id('RUS'), id('SYR')]);
      expect(d.edges).toHaveLength(2);
    },
  ],
  [
    'shortest-path',
    { from: id('FIN'), to: id('SYR'), cooperativeOnly: true },
    (d) => expect(d).toBeNull(),
  ],
  [
    'shortest-path',
    { from: id('TUR'), to: id('IRN'), cooperativeOnly: true },
    (d) => expect(d.path).toEqual([id('TUR'), id('RUS'), id('IRN')]),
  ],
  ['shortest-path', { from: id('USA'), to: id('SYR'), maxLength: 1 }, (d) => expect(d).toBeNull()],
  [
    'who-does-what',
    { type: 'PROVIDE_ARMS', from: '2022-01-01', to: '2024-12-31' },
    (d) =>
      expect(d.map((r: Data) => r.relationId)).toEqual(
        expect.arrayContaining(['IRN|PROVIDE_ARMS|RUS', `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}`]),
      ),
  ],
  [
    'who-does-what',
    { type: 'ATTACK', from: '2022-03-01', actor: id('RUS') },
    (d) => expect(d).toEqual([expect.objectContaining({ statements: 1, firstSeen: '2022-10-17' })]),
  ],
  [
    'co-occurring-actors',
    { id: id('IRN') },
    (d) => expect(d[0]).toMatchObject({ actor: { id: id('RUS') }, sharedArticles: 4 }),
  ],
  [
    'newest-relations',
    { since: '2023-01-01', limit: 100 },
    (d) => expect(d.map((r: Data) => r.relation.id)).toContain(`${id('FIN')}|JOIN|${id('nato')}`),
  ],
  [
    'articles-mentioning',
    { id: id('IRN'), to: '2016-12-31' },
    (d) => expect(d.map((r: Data) => r.article.id)).toEqual([id('a5'), id('a3'), id('a2')]),
  ],
  [
    'article-by-id',
    { id: id('a7') },
    (d) => {
      expect(d.article).toMatchObject({ id: id('a7'), title: 'Iranian drones over Kyiv' });
      // The statements in the order of the text, each sentence found at its offsets in the text.
      expect(d.statements.map((s: Data) => s.relationId)).toEqual([
        `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}`,
        `${id('UKR')}|CRITICIZE|${id('IRN')}`,
        `${id('RUS')}|ATTACK|${id('UKR')}`,
      ]);
      for (const s of d.statements)
        expect(d.article.text.slice(s.sentenceStart, s.sentenceEnd)).toBe(s.sentence);
      expect(d.statements[0]).toMatchObject({
        source: { id: id('IRN'), name: 'Iran' },
        target: { id: id('RUS'), name: 'Russia' },
        quadClass: 'MATERIAL_COOPERATION',
        triggerWords: [],
      });
      expect(ids(d.actors).sort()).toEqual([id('IRN'), id('RUS'), id('UKR')].sort());
      expect(d.actors.find((a: Data) => a.id === id('RUS')).aliases).toContain('Moscow');
    },
  ],
  ['article-by-id', { id: 'no-such-article' }, (d) => expect(d).toBeNull()],
  [
    'alliance-members-and-outsider',
    { alliance: id('nato'), outsider: id('RUS') },
    (d) => {
      const byId = Object.fromEntries(d.map((r: Data) => [r.member.id, r]));
      expect(Object.keys(byId).sort()).toEqual([id('FIN'), id('TUR'), id('USA')].sort());
      expect(byId[id('TUR')].stance).toBe('mixed');
      expect(byId[id('USA')].stance).toBe('hostile');
    },
  ],
  [
    'alliance-members-and-outsider',
    { alliance: 'nato', outsider: 'RUS' },
    (d) => expect(d.length).toBeGreaterThan(2),
  ],
  [
    'cooperation-triangles',
    { actor: id('RUS') },
    (d) => expect(d.map((t: Data) => ids(t.actors))).toEqual([[id('IRN'), id('RUS'), id('SYR')]]),
  ],
  [
    'turned-hostile',
    { actor: id('RUS') },
    (d) => {
      expect(d).toHaveLength(1); // Russia–Turkey went the other way (2015 conflict, 2016 cooperation)
      expect(d[0]).toMatchObject({
        a: { id: id('RUS') },
        b: { id: id('UKR') },
        lastCooperativeYear: 2013,
        turnedHostileIn: 2022,
      });
    },
  ],
  [
    'conflict-hotspots',
    { from: '2022-01-01', to: '2022-12-31', limit: 100 },
    (d) => expect(d.map((r: Data) => [r.a.id, r.b.id])).toContainEqual(['RUS', 'UKR']),
  ],
  [
    'most-central',
    { limit: 5, types: ['State'] },
    (d) => expect(d.map((r: Data) => r.actor.id)).toContain('RUS'),
  ],
  [
    'top-sources',
    { limit: 100 },
    (d) =>
      expect(d).toContainEqual(
        expect.objectContaining({ source: id('Wire One'), articles: 4, statements: 8 }),
      ),
  ],
  [
    'graph-overview',
    { from: '2022-01-01', to: '2022-12-31', relationTypes: ['ATTACK'], limit: 5000 },
    (d) => {
      const edge = d.edges.find((e: Data) => e.key === `${id('RUS')}|ATTACK|${id('UKR')}`);
      expect(edge.attributes).toMatchObject({
        count: 2,
        firstSeen: '2022-02-24',
        lastSeen: '2022-10-17',
      });
      expect(d.edges.every((e: Data) => e.attributes.type === 'ATTACK')).toBe(true);
    },
  ],
  [
    'graph-overview',
    {
      from: '2022-10-01',
      to: '2022-12-31',
      relationTypes: ['ATTACK'],
      types: ['State'],
      limit: 5000,
    },
    // Only the statement inside the range counts.
    (d) =>
      expect(
        d.edges.find((e: Data) => e.key === `${id('RUS')}|ATTACK|${id('UKR')}`).attributes.count,
      ).toBe(1),
  ],
  [
    'graph-overview',
    { from: '1900-01-01', to: '1900-12-31' },
    // No relation in range: one empty graph, not an error.
    (d) => {
      expect(d.nodes).toEqual([]);
      expect(d.edges).toEqual([]);
      expect(d.attributes).toMatchObject({ truncated: false, totalNodes: 0, totalEdges: 0 });
    },
  ],
  [
    'graph-overview',
    { limit: 3 },
    (d) => expect(d.attributes).toMatchObject({ truncated: true, limit: 3 }),
  ],
  ['database-overview', {}, (d) => expect(d.counts.actors).toBeGreaterThan(10)],
  [
    'analytics-graph',
    { from: '2022-01-01', to: '2022-12-31' },
    (d) => {
      const attack = d.evidence.find(
        (e: Data) => e.source === id('RUS') && e.target === id('UKR') && e.period === '2022-02',
      );
      expect(attack).toMatchObject({ quadClass: 'MATERIAL_CONFLICT', count: 1 });
      expect(d.evidence.every((e: Data) => e.period >= '2022-01' && e.period <= '2022-12')).toBe(
        true,
      );
      expect(d.actors.find((a: Data) => a.id === id('iran-mfa'))).toMatchObject({
        partOf: id('IRN'),
        type: 'GovernmentBody',
      });
    },
  ],
  [
    'review-queue',
    { actor: id('RUS'), limit: 2 },
    (d) => {
      // Unreviewed statements naming the actor, newest first, one page of them, and how many in all.
      expect(d.statements).toHaveLength(2);
      expect(d.total).toBeGreaterThan(2);
      for (const s of d.statements) {
        expect([s.source.id, s.target.id]).toContain(id('RUS'));
        expect(s).toMatchObject({ reviewState: 'unreviewed', original: null });
        expect(s.article.id).toBeTruthy();
      }
      expect(d.statements[0].date >= d.statements[1].date).toBe(true);
    },
  ],
  [
    'review-queue',
    { state: 'rejected', type: 'ATTACK', article: 'no-such-article' },
    (d) => expect(d).toEqual({ total: 0, statements: [] }),
  ],
];

describe('named queries', () => {
  it('has a case for every query in the registry', () => {
    const covered = new Set(CASES.map(([name]) => name));
    expect(QUERIES.map((q) => q.name).filter((n) => !covered.has(n))).toEqual([]);
    expect(QUERIES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('%s %j', async (name, params, check) => {
    await check(await run(name, params));
  });

  it('statements-per-month without a pair counts every dated statement of the graph', async () => {
    const rows = await run('statements-per-month');
    const direct = await db.run(
      'MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL RETURN count(s) AS n',
    );
    const total = rows.reduce((n: number, m: Data) => n + m.statements, 0);
    expect(total).toBe(direct.records[0].get('n'));
    for (const m of rows)
      expect(
        m.verbalCooperation + m.materialCooperation + m.verbalConflict + m.materialConflict,
      ).toBe(m.statements);
  });

  it('rejects bad parameters with a readable message', async () => {
    await expect(run('partners', {})).rejects.toThrow(/parameter "id" is required/);
    await expect(run('partners', { id: 'RUS', limit: 0 })).rejects.toThrow(
      /"limit" must be at least 1/,
    );
    await expect(run('who-does-what', { type: 'HUG' })).rejects.toThrow(
      /"type" must be one of .*CONSULT/,
    );
    await expect(run('graph-overview', { from: '2022-02-30' })).rejects.toThrow(
      /"from" must be a date/,
    );
    await expect(run('relation-by-id', { id: 'RUS|IRN' })).rejects.toThrow(
      /looks like "SOURCE\|TYPE\|TARGET"/,
    );
    await expect(run('partners', { id: 'RUS', colour: 'red' })).rejects.toThrow(
      /unknown parameter\(s\) "colour"/,
    );
    await expect(run('actor-search', { q: '***' })).rejects.toBeInstanceOf(QueryParamsError);
    await expect(run('nope')).rejects.toThrow(/unknown query "nope"/);
  });

  it('coerces text parameters from the command line and query strings', async () => {
    const d = await run('graph-overview', {
      types: 'State',
      relationTypes: 'ATTACK,SANCTION',
      minCount: '2',
      limit: '50',
    });
    expect(
      d.edges.every(
        (e: Data) => ['ATTACK', 'SANCTION'].includes(e.attributes.type) && e.attributes.count >= 2,
      ),
    ).toBe(true);
  });
});
