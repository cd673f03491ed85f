// Where to mark an evidence sentence: the actors' names, and the trigger (the words of the rule that found the
// relation, in any of their inflected forms); pure, so the panel only turns the segments into text and <mark>s.

export type MarkKind = 'name' | 'trigger';
export interface Segment {
  text: string;
  kind: MarkKind | null;
}

/** Past forms news verbs take that adding -ed does not give. */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'],
  send: ['sent'],
  strike: ['struck'],
  shoot: ['shot'],
  hold: ['held'],
  buy: ['bought'],
  sell: ['sold'],
  fight: ['fought'],
  lead: ['led'],
  freeze: ['froze', 'frozen'],
  give: ['gave', 'given'],
  seek: ['sought'],
  take: ['took', 'taken'],
  bring: ['brought'],
  break: ['broke', 'broken'],
  speak: ['spoke', 'spoken'],
  tell: ['told'],
  win: ['won'],
  lose: ['lost'],
  make: ['made'],
  withdraw: ['withdrew', 'withdrawn'],
  throw: ['threw', 'thrown'],
  overthrow: ['overthrew', 'overthrown'],
  forbid: ['forbade', 'forbidden'],
  beat: ['beaten'],
  begin: ['began', 'begun'],
  shake: ['shook', 'shaken'],
  stand: ['stood'],
  drive: ['drove', 'driven'],
  ride: ['rode'],
  lend: ['lent'],
  spend: ['spent'],
  fly: ['flew', 'flown'],
  draw: ['drew', 'drawn'],
};

/** The forms a trigger word takes in text: itself, -s/-es, -ed/-d, -ing, y → ied/ies, doubled final consonant. */
export function wordForms(word: string): Set<string> {
  const w = word.toLowerCase();
  const forms = new Set([
    w,
    `${w}s`,
    `${w}es`,
    `${w}ed`,
    `${w}d`,
    `${w}ing`,
    ...(IRREGULAR[w] ?? []),
  ]);
  if (w.endsWith('e')) forms.add(`${w.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(w)) for (const s of ['ied', 'ies']) forms.add(`${w.slice(0, -1)}${s}`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w))
    for (const s of ['ed', 'ing']) forms.add(`${w}${w.at(-1)}${s}`);
  return forms;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern over every form of every trigger word or phrase, whole words only; null when there are none. */
export function triggerPattern(words: readonly string[]): RegExp | null {
  const forms = [
    ...new Set(words.flatMap((w) => (w.includes(' ') ? [w.toLowerCase()] : [...wordForms(w)]))),
  ]
    .filter((f) => f.length > 1)
    .sort((a, b) => b.length - a.length);
  if (!forms.length) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** The sentence cut into plain, name and trigger segments; a name wins where the two overlap. */
export function evidenceSegments(
  sentence: string,
  names: RegExp | null,
  trigger: RegExp | null,
): Segment[] {
  const spans: { start: number; end: number; kind: MarkKind }[] = [];
  for (const [pattern, kind] of [
    [names, 'name'],
    [trigger, 'trigger'],
  ] as const) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, kind });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let last = 0;
  for (const s of spans) {
    if (s.start > last) out.push({ text: sentence.slice(last, s.start), kind: null });
    out.push({ text: sentence.slice(s.start, s.end), kind: s.kind });
    last = s.end;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), kind: null });
  return out;
}
