// A seeded synthetic actor graph for the large-graph bench: actors, articles, statements and their aggregates (pure).
import {
  ACTOR_TYPES,
  RELATION_TYPES,
  type ActorType,
  type QuadClass,
} from '../ingest/ontology/vocabulary.ts';
import { formatRelationId } from '../graph/relation-id.ts';

export interface SyntheticGraphOptions {
  actors: number;
  relations: number;
  articles: number;
  seed: number;
  /** Prefix of every id, so the synthetic graph never merges into real data. */
  prefix: string;
  /** Zipf exponent of the endpoint choice: larger gives fewer, bigger hubs. */
  skew: number;
}

export const DEFAULT_SYNTHETIC_GRAPH: SyntheticGraphOptions = {
  actors: 5000,
  relations: 20_000,
  articles: 4000,
  seed: 20240611,
  prefix: 'syn-',
  skew: 0.8,
};

export interface SyntheticActor {
  id: string;
  name: string;
  type: ActorType;
  countryCode: string | null;
}

export interface SyntheticArticle {
  id: string;
  title: string;
  source: string;
  publishedAt: string;
  text: string;
}

export interface SyntheticStatement {
  id: string;
  relationId: string;
  articleId: string;
  source: string;
  target: string;
  type: string;
  quadClass: QuadClass | null;
  score: number;
  date: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  confidence: number;
  rule: string;
  modality: string;
  speaker: null;
}

export interface SyntheticRelation {
  id: string;
  source: string;
  target: string;
  type: string;
  quadClass: QuadClass | null;
  count: number;
  articleCount: number;
  firstSeen: string;
  lastSeen: string;
  meanScore: number;
  meanConfidence: number;
}

export interface SyntheticGraph {
  actors: SyntheticActor[];
  articles: SyntheticArticle[];
  statements: SyntheticStatement[];
  relations: SyntheticRelation[];
  /** Statements per actor and article: the MENTIONED_IN counts. */
  mentions: { actorId: string; articleId: string; count: number }[];
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Actor types roughly as a news corpus has them: many states and persons, few alliances.
const TYPE_WEIGHTS: Record<ActorType, number> = {
  State: 4,
  Person: 5,
  Organization: 3,
  Alliance: 0.5,
  ArmedGroup: 2,
  GovernmentBody: 3,
  Place: 1,
};
const SYLLABLES = ['ka', 'ro', 'vi', 'tan', 'mel', 'sor', 'du', 'lin', 'ba', 'zel', 'mir', 'ost'];
const SOURCES = ['Synthetic Wire', 'Bench Post', 'Example Times', 'Load Herald'];

function weightedPicker<T>(items: readonly T[], weights: readonly number[], random: () => number) {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (): T => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticGraph(options: Partial<SyntheticGraphOptions> = {}): SyntheticGraph {
  const o = { ...DEFAULT_SYNTHETIC_GRAPH, ...options };
  const maxPairs = o.actors * (o.actors - 1) * RELATION_TYPES.length;
  if (o.actors < 2 || o.relations < o.actors || o.relations > maxPairs / 4) {
    throw new Error(
      `entente/bench/synthetic-graph: ${o.relations} relations do not fit ${o.actors} actors (need actors <= relations)`,
    );
  }
  const random = seededRandom(o.seed);
  const pickType = weightedPicker(
    ACTOR_TYPES,
    ACTOR_TYPES.map((t) => TYPE_WEIGHTS[t]),
    random,
  );

  const actors: SyntheticActor[] = [];
  for (let i = 0; i < o.actors; i++) {
    const type = pickType();
    const syllables = 2 + Math.floor(random() * 3);
    let name = '';
    for (let s = 0; s < syllables; s++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    actors.push({
      id: `${o.prefix}${pad(i, 5)}`,
      name: `${name[0].toUpperCase()}${name.slice(1)} ${i}`,
      type,
      countryCode: type === 'State' ? `S${pad(i % 1000, 3)}` : null,
    });
  }

  const articles: SyntheticArticle[] = [];
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  for (let i = 0; i < o.articles; i++) {
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    articles.push({
      id: `${o.prefix}art-${pad(i, 5)}`,
      title: `Synthetic report ${i}`,
      source: SOURCES[i % SOURCES.length],
      publishedAt: date,
      text: `Synthetic report ${i}, written for the large-graph bench.`,
    });
  }

  // Power-law-ish degrees: endpoints drawn with weight rank^-skew over a shuffled ranking.
  const ranking = actors.map((_a, i) => i);
  for (let i = ranking.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranking[i], ranking[j]] = [ranking[j], ranking[i]];
  }
  const pickActor = weightedPicker(
    ranking,
    ranking.map((_r, rank) => (rank + 1) ** -o.skew),
    random,
  );
  const pickRelationType = weightedPicker(
    RELATION_TYPES,
    RELATION_TYPES.map((t) => (t.quadClass === null ? 0.5 : 1)),
    random,
  );
  const pickArticle = () => articles[Math.floor(random() * articles.length)];

  const relations: SyntheticRelation[] = [];
  const statements: SyntheticStatement[] = [];
  const mentionCounts = new Map<string, number>();
  const seen = new Set<string>();
  while (relations.length < o.relations) {
    // The first pass gives every actor a relation, so all of them are in the graph.
    const s = relations.length < o.actors ? relations.length : pickActor();
    const t = pickActor();
    if (s === t) continue;
    const info = pickRelationType();
    const [source, target] = [actors[s].id, actors[t].id];
    const id = formatRelationId({ source, type: info.id, target });
    if (seen.has(id)) continue;
    seen.add(id);

    // Statements per relation: mostly one or two, a long tail of many.
    const count = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
    const dates: string[] = [];
    const articleIds = new Set<string>();
    let scoreSum = 0;
    for (let k = 0; k < count; k++) {
      const article = pickArticle();
      const score = info.score + (random() - 0.5);
      const sentence = `${actors[s].name} ${info.label.toLowerCase()} ${actors[t].name}.`;
      statements.push({
        id: `${o.prefix}st-${pad(statements.length, 6)}`,
        relationId: id,
        articleId: article.id,
        source,
        target,
        type: info.id,
        quadClass: info.quadClass,
        score,
        date: article.publishedAt,
        sentence,
        sentenceStart: 0,
        sentenceEnd: sentence.length,
        confidence: 0.6 + 0.4 * random(),
        rule: 'synthetic',
        modality: 'asserted',
        speaker: null,
      });
      dates.push(article.publishedAt);
      articleIds.add(article.id);
      scoreSum += score;
      for (const actorId of [source, target]) {
        const key = `${actorId}\u0000${article.id}`;
        mentionCounts.set(key, (mentionCounts.get(key) ?? 0) + 1);
      }
    }
    dates.sort();
    relations.push({
      id,
      source,
      target,
      type: info.id,
      quadClass: info.quadClass,
      count,
      articleCount: articleIds.size,
      firstSeen: dates[0],
      lastSeen: dates[dates.length - 1],
      meanScore: scoreSum / count,
      meanConfidence: 0.8,
    });
  }

  const mentions = [...mentionCounts].map(([key, count]) => {
    const [actorId, articleId] = key.split('\u0000');
    return { actorId, articleId, count };
  });
  return { actors, articles, statements, relations, mentions };
}
