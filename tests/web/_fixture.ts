// A small corpus written straight through writeExtraction for the browser tests: the XSS probe, and a fallback corpus.
import { createHash } from 'node:crypto';
import type { Actor, Extraction, Relation } from '../../ingest/types.ts';
import { RELATION_TYPES } from '../../ingest/ontology/vocabulary.ts';

export const XSS_NAME = '<img src=x onerror=window.__xss=1>';

/** Ids are prefixed so the fixture never merges into the sample corpus's actors. */
export const P = 'wx-';

const actor = (
  id: string,
  name: string,
  type: Actor['type'],
  aliases: string[] = [],
  countryCode: string | null = null,
): Actor => ({
  id: `${P}${id}`,
  name,
  type,
  aliases,
  countryCode,
});

export const FIXTURE_ACTORS: Actor[] = [
  actor('IRN', 'Iran', 'State', ['Islamic Republic of Iran', 'Tehran'], 'IRN'),
  actor('RUS', 'Russia', 'State', ['Russian Federation', 'Moscow'], 'RUS'),
  actor('SYR', 'Syria', 'State', ['Damascus'], 'SYR'),
  actor('TUR', 'Turkey', 'State', ['Türkiye', 'Ankara'], 'TUR'),
  actor('USA', 'United States', 'State', ['Washington', 'US'], 'USA'),
  actor('ISR', 'Israel', 'State', [], 'ISR'),
  actor('UKR', 'Ukraine', 'State', ['Kyiv'], 'UKR'),
  actor('nato', 'NATO', 'Alliance', ['North Atlantic Treaty Organization']),
  actor('hezbollah', 'Hezbollah', 'ArmedGroup', [], 'LBN'),
  actor('vladimir-putin', 'Vladimir Putin', 'Person', ['Putin'], 'RUS'),
  actor('xss-probe', XSS_NAME, 'Organization', []),
];

type R = [string, string, string, string, string];
/** [source, type, target, date, sentence] */
const ARTICLES: {
  title: string;
  date: string;
  source: string;
  url: string | null;
  relations: R[];
}[] = [
  {
    title: 'Iran and Russia deepen military ties',
    date: '2016-08-16',
    source: 'Fixture Wire',
    url: 'https://example.org/fixture/iran-russia',
    relations: [
      [
        'IRN',
        'COOPERATE',
        'RUS',
        '2016-08-16',
        'Iran and Russia signed an agreement on military cooperation in Tehran.',
      ],
      [
        'RUS',
        'PROVIDE_ARMS',
        'IRN',
        '2016-08-16',
        'Russia delivered S-300 air defence systems to Iran.',
      ],
      ['IRN', 'SUPPORT', 'SYR', '2016-08-16', 'Tehran backed the government in Damascus.'],
      [
        'vladimir-putin',
        'LEADS',
        'RUS',
        '2016-08-16',
        'Russian President Vladimir Putin spoke in Moscow.',
      ],
    ],
  },
  {
    title: 'Strikes and sanctions',
    date: '2019-05-02',
    source: 'Fixture Post',
    url: null,
    relations: [
      [
        'USA',
        'SANCTION',
        'IRN',
        '2019-05-02',
        'The United States sanctioned Iran over its oil exports.',
      ],
      ['ISR', 'ATTACK', 'SYR', '2019-05-02', 'Israel struck Iranian positions near Damascus.'],
      [
        'IRN',
        'CRITICIZE',
        'USA',
        '2019-05-02',
        'Iran condemned the United States for the new sanctions.',
      ],
      ['TUR', 'ATTACK', 'SYR', '2019-05-02', 'Turkey shelled targets in northern Syria.'],
      ['IRN', 'PROVIDE_ARMS', 'hezbollah', '2019-05-02', 'Iran supplied rockets to Hezbollah.'],
    ],
  },
  {
    title: 'War in Ukraine',
    date: '2022-02-24',
    source: 'Fixture Wire',
    url: 'https://example.org/fixture/ukraine',
    relations: [
      ['RUS', 'ATTACK', 'UKR', '2022-02-24', 'Russia invaded Ukraine on Thursday.'],
      ['nato', 'SUPPORT', 'UKR', '2022-02-24', 'NATO backed Ukraine against the invasion.'],
      [
        'USA',
        'PROVIDE_ARMS',
        'UKR',
        '2022-02-24',
        'The United States sent Javelin missiles to Ukraine.',
      ],
      ['TUR', 'MEMBER_OF', 'nato', '2022-02-24', 'NATO member Turkey called for talks.'],
      ['IRN', 'PROVIDE_ARMS', 'RUS', '2022-02-24', 'Iran supplied drones to Russia.'],
      ['xss-probe', 'CRITICIZE', 'RUS', '2022-02-24', `${XSS_NAME} criticised Russia.`],
    ],
  },
];

const XSS_ARTICLE = {
  title: `Statement by ${XSS_NAME}`,
  date: '2023-03-01',
  source: '<b>Fixture</b> Wire',
  url: 'javascript:window.__xss=2',
  relations: [
    ['xss-probe', 'CRITICIZE', 'UKR', '2023-03-01', `${XSS_NAME} criticised Kyiv's allies.`],
  ] as R[],
};

const typeInfo = new Map(RELATION_TYPES.map((t) => [t.id, t]));

export const XSS_ACTOR_ID = `${P}xss-probe`;

/** The whole fixture corpus (three articles), or only the article naming the XSS probe. */
export function fixtureExtractions(only: 'all' | 'xss' = 'all'): Extraction[] {
  const byId = new Map(FIXTURE_ACTORS.map((a) => [a.id, a]));
  const articles = only === 'all' ? ARTICLES : [{ ...XSS_ARTICLE }];
  return articles.map((a) => {
    let text = '';
    const relations: Relation[] = a.relations.map(([s, type, t, date, sentence]) => {
      const [source, target] = [`${P}${s}`, `${P}${t}`];
      const start = text.length;
      text += `${sentence} `;
      const info = typeInfo.get(type)!;
      return {
        source,
        target,
        type,
        quadClass: info.quadClass,
        score: info.score,
        date,
        sentence,
        sentenceStart: start,
        sentenceEnd: start + sentence.length,
        confidence: 0.8,
        rule: 'fixture',
        speaker: null,
        modality: 'asserted',
      };
    });
    const ids = [...new Set(a.relations.flatMap(([s, , t]) => [`${P}${s}`, `${P}${t}`]))];
    return {
      article: {
        id: createHash('sha256').update(text).digest('hex').slice(0, 24),
        title: a.title,
        text: text.trim(),
        url: a.url,
        source: a.source,
        publishedAt: a.date,
        origin: 'fixture',
      },
      actors: ids.map((id) => byId.get(id)!),
      mentions: ids.map((id) => ({ start: 0, end: 1, text: 'x', actorId: id })),
      relations,
      sentenceCount: relations.length,
      wordCount: text.split(/\s+/).length,
    };
  });
}
