// A small hand-made corpus written through writeExtraction (ids prefixed), for query and API tests.
import type { Database } from '../../graph/database.ts';
import { RELATION_TYPES } from '../../ingest/ontology/vocabulary.ts';
import { writeExtraction } from '../../graph/write-extraction.ts';
import type { Actor, Extraction, Relation } from '../../ingest/types.ts';

export const P = 'qx-';
export const id = (name: string) => `${P}${name}`;
export const SOURCE = (name: string) => `${P}${name}`;

const actor = (
  key: string,
  name: string,
  type: Actor['type'],
  extra: Partial<Actor> = {},
): Actor => ({
  id: id(key),
  name,
  type,
  aliases: [],
  countryCode: null,
  ...extra,
});

export const ACTORS: Actor[] = [
  actor('RUS', 'Russia', 'State', {
    aliases: ['Russian Federation', 'Moscow'],
    countryCode: 'RUS',
  }),
  actor('IRN', 'Iran', 'State', {
    aliases: ['Islamic Republic of Iran', 'Tehran'],
    countryCode: 'IRN',
  }),
  actor('SYR', 'Syria', 'State', { aliases: ['Damascus'], countryCode: 'SYR' }),
  actor('UKR', 'Ukraine', 'State', { aliases: ['Kyiv'], countryCode: 'UKR' }),
  actor('TUR', 'Turkey', 'State', {
    aliases: ['Türkiye', 'Ankara'],
    countryCode: 'TUR',
    memberOf: [id('nato')],
  }),
  actor('USA', 'United States', 'State', {
    aliases: ['Washington'],
    countryCode: 'USA',
    memberOf: [id('nato')],
  }),
  actor('FIN', 'Finland', 'State', { aliases: ['Helsinki'], countryCode: 'FIN' }),
  actor('nato', 'NATO', 'Alliance', { aliases: ['North Atlantic Treaty Organization'] }),
  actor('putin', 'Vladimir Putin', 'Person', {
    countryCode: 'RUS',
    role: 'President',
    years: '2012-',
  }),
  actor('iran-mfa', "Iran's Foreign Ministry", 'GovernmentBody', {
    countryCode: 'IRN',
    partOf: id('IRN'),
  }),
];

type Triple = [source: string, type: string, target: string];
export interface FixtureArticle {
  key: string;
  date: string;
  source: string;
  title: string;
  sentences: [text: string, relations: Triple[]][];
}

export const ARTICLES: FixtureArticle[] = [
  {
    key: 'a1',
    date: '2013-12-17',
    source: 'Wire One',
    title: 'Russia and Ukraine sign a gas deal',
    sentences: [['Russia and Ukraine signed a gas deal in Moscow.', [['RUS', 'COOPERATE', 'UKR']]]],
  },
  {
    key: 'a2',
    date: '2015-09-30',
    source: 'Wire One',
    title: 'Russia begins air strikes in Syria',
    sentences: [
      ['Russia and Syria agreed on military cooperation.', [['RUS', 'COOPERATE', 'SYR']]],
      ["Iran backed Russia's campaign in Syria.", [['IRN', 'SUPPORT', 'RUS']]],
    ],
  },
  {
    key: 'a3',
    date: '2015-11-23',
    source: 'Wire Two',
    title: 'Putin in Tehran',
    sentences: [
      ['Russian President Vladimir Putin arrived in Tehran.', [['putin', 'LEADS', 'RUS']]],
      ['Russia and Iran signed a deal on gas.', [['RUS', 'COOPERATE', 'IRN']]],
    ],
  },
  {
    key: 'a4',
    date: '2015-11-24',
    source: 'Wire Two',
    title: 'Turkey downs a Russian jet',
    sentences: [
      ['Turkey shot down a Russian jet near the Syrian border.', [['TUR', 'ATTACK', 'RUS']]],
      ['Russia sanctioned Turkey a week later.', [['RUS', 'SANCTION', 'TUR']]],
    ],
  },
  {
    key: 'a5',
    date: '2016-08-16',
    source: 'Wire One',
    title: 'Iran sends aid to Syria',
    sentences: [
      ['Iran sent humanitarian aid to Syria.', [['IRN', 'PROVIDE_AID', 'SYR']]],
      ['Russia and Turkey agreed on a ceasefire in Aleppo.', [['RUS', 'COOPERATE', 'TUR']]],
      ["Iran's Foreign Ministry welcomed the deal.", [['iran-mfa', 'PART_OF', 'IRN']]],
    ],
  },
  {
    key: 'a6',
    date: '2022-02-24',
    source: 'Wire Three',
    title: 'Russia invades Ukraine',
    sentences: [
      ['Russia invaded Ukraine on Thursday.', [['RUS', 'ATTACK', 'UKR']]],
      ['The United States sanctioned Russia.', [['USA', 'SANCTION', 'RUS']]],
      ['NATO member Turkey called for calm.', [['TUR', 'MEMBER_OF', 'nato']]],
    ],
  },
  {
    key: 'a7',
    date: '2022-10-17',
    source: 'Wire Three',
    title: 'Iranian drones over Kyiv',
    sentences: [
      ['Iran supplied drones to Russia.', [['IRN', 'PROVIDE_ARMS', 'RUS']]],
      ['Kyiv accused Tehran of arming Moscow.', [['UKR', 'CRITICIZE', 'IRN']]],
      ['Russia struck Ukraine again with the drones.', [['RUS', 'ATTACK', 'UKR']]],
    ],
  },
  {
    key: 'a8',
    date: '2023-04-04',
    source: 'Wire One',
    title: 'Finland joins NATO',
    sentences: [
      ['Finland joined NATO on Tuesday.', [['FIN', 'JOIN', 'nato']]],
      ['Russia threatened Finland with countermeasures.', [['RUS', 'THREATEN', 'FIN']]],
    ],
  },
];

const TYPES = new Map(RELATION_TYPES.map((t) => [t.id, t]));
const NAMES = new Map(ACTORS.map((a) => [a.id, a.name]));

function extractionOf(article: FixtureArticle): Extraction {
  const relations: Relation[] = [];
  const used = new Set<string>();
  let text = '';
  for (const [sentence, triples] of article.sentences) {
    const start = text.length;
    text += sentence;
    for (const [s, type, t] of triples) {
      const info = TYPES.get(type)!;
      used.add(id(s)).add(id(t));
      relations.push({
        source: id(s),
        target: id(t),
        type,
        quadClass: info.quadClass,
        score: info.score,
        date: article.date,
        sentence,
        sentenceStart: start,
        sentenceEnd: start + sentence.length,
        confidence: 0.8,
        rule: `fixture-${type.toLowerCase()}`,
        speaker: null,
        modality: 'asserted',
      });
    }
    text += ' ';
  }
  const actors = ACTORS.filter((a) => used.has(a.id));
  return {
    article: {
      id: id(article.key),
      title: article.title,
      text: text.trim(),
      url: `https://example.org/${article.key}`,
      source: SOURCE(article.source),
      publishedAt: article.date,
      origin: 'fixture',
    },
    actors,
    mentions: actors.map((a) => ({ start: 0, end: 1, text: NAMES.get(a.id)!, actorId: a.id })),
    relations,
    sentenceCount: article.sentences.length,
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}

export async function writeFixture(db: Database): Promise<void> {
  for (const article of ARTICLES) await writeFixtureArticle(db, article);
}

/** One more article in the fixture's shape (its key prefixed like the rest, so removeFixture removes it too). */
export async function writeFixtureArticle(db: Database, article: FixtureArticle): Promise<void> {
  await writeExtraction(db, extractionOf(article));
}

export async function removeFixture(db: Database): Promise<void> {
  await db.run(
    'MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p DETACH DELETE n',
    { p: P },
    { routing: 'write' },
  );
}
