// A corpus generator for benches: N articles in Entente's own template sentences about states from the actor
// registry, from a seed, so a large corpus is made on demand and never committed. Every article differs in actors,
// verbs, dates and wording, so none is a syndicated copy of another.
import fs from 'node:fs';
import path from 'node:path';
import type { ActorRegistry } from '../ingest/actors/index.ts';

/** Sentences with the slots a, b (state names), c (a third state) and d (a day of the month). */
const SENTENCES = [
  '{a} criticised {b} on {d} over the closure of a border crossing.',
  '{a} and {b} signed an agreement to cooperate on rail freight and grain storage.',
  'The foreign minister of {a} met her counterpart from {b} in the capital of {c}.',
  '{a} imposed sanctions on {b} after a dispute over fishing rights.',
  '{a} accused {b} of sending drones across the border during the night.',
  '{a} pledged humanitarian aid to {b} after floods destroyed several villages.',
  '{a} threatened {b} with new tariffs if the talks in {c} failed.',
  '{a} demanded that {b} release the crew of a cargo ship held since {d}.',
  'Troops from {a} attacked positions held by {b} near the river, officials said.',
  '{a} rejected a proposal from {b} to hold the summit in {c}.',
  'Envoys of {a} and {b} held talks on {d} about water rights and power lines.',
  '{c} offered to mediate between {a} and {b}, according to a statement.',
];
const FILLER = [
  'Officials gave no further details.',
  'Markets in the region were calm.',
  'Reporters were not allowed to attend the meeting.',
  'Both sides said they would meet again within a month.',
  'A spokesman declined to comment on the number of people involved.',
  'The statement was published late in the evening.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Sentences per article (default 8). */
  sentences?: number;
}

/** Writes the articles as Markdown files with front matter into `dir`; returns their paths. */
export function writeCorpus(
  dir: string,
  registry: ActorRegistry,
  options: CorpusOptions,
): string[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const states = registry
    .all()
    .filter((a) => a.type === 'State')
    .map((a) => a.name)
    .sort();
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < options.articles; i++) {
    const month = Math.floor(next() * MONTHS.length);
    const date = `2029-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const lines: string[] = [];
    for (let s = 0; s < (options.sentences ?? 8); s++) {
      const [a, b, c] = [pick(states), pick(states), pick(states)];
      const d = `${1 + Math.floor(next() * 28)} ${MONTHS[month]}`;
      lines.push(
        pick(SENTENCES).replace('{a}', a).replace('{b}', b).replace('{c}', c).replace('{d}', d),
        pick(FILLER),
      );
    }
    const file = path.join(dir, `article-${String(i).padStart(6, '0')}.md`);
    const text = `---\ntitle: Bench article ${i}\nsource: Bench Wire ${i % 7}\npublishedAt: ${date}\n---\n${lines.join(' ')}\n`;
    fs.writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
