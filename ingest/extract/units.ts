// The clause view of a sentence: compromise's terms with actor spans folded into single units and coordinations grouped.
import type { ActorSpan } from './mentions.ts';
import type { Term } from './plugin.ts';

export interface WordUnit {
  kind: 'word';
  term: Term;
  lower: string;
  root: string;
  tags: Set<string>;
}

export interface ActorUnit {
  kind: 'actor';
  actorIds: string[];
  possessive: boolean;
  place: boolean;
  /** A role noun inside the span ("the Russian ambassador"). */
  head?: string;
  start: number;
  end: number;
}

export type Unit = WordUnit | ActorUnit;

const PUNCT: Record<string, string> = {
  ',': ',',
  ';': ';',
  ':': ':',
  '—': ';',
  '–': ';',
  '(': ',',
  ')': ',',
};
const COORDINATORS = new Set(['and', 'or', '&']);

const punctUnit = (mark: string, at: Term): WordUnit => ({
  kind: 'word',
  term: at,
  lower: mark,
  root: mark,
  tags: new Set(['Punctuation']),
});

/** Folds terms into units: one per actor span, one per other word, one per clause punctuation mark. */
export function buildUnits(terms: Term[], spans: ActorSpan[]): Unit[] {
  const units: Unit[] = [];
  let s = 0;
  for (const term of terms) {
    while (s < spans.length && spans[s].end <= term.start) s++;
    const span = spans[s];
    const last = units[units.length - 1];
    if (span && term.start < span.end && term.end > span.start) {
      if (last?.kind === 'actor' && last.start === span.start) last.possessive = span.possessive;
      else
        units.push({
          kind: 'actor',
          actorIds: [span.actorId],
          possessive: span.possessive,
          place: span.place,
          head: span.head,
          start: span.start,
          end: span.end,
        });
    } else {
      units.push({ kind: 'word', term, lower: term.lower, root: term.root, tags: term.tags });
    }
    const mark = [...term.post.trim()].map((c) => PUNCT[c]).find(Boolean);
    if (mark) units.push(punctUnit(mark, term));
  }
  return groupCoordinations(units);
}

const isFiniteVerb = (u: Unit | undefined): boolean =>
  u?.kind === 'word' && u.tags.has('Verb') && !u.tags.has('Gerund') && !u.tags.has('Participle');

/** "Russia, Iran and Turkey" → one unit with three actors; "met Raisi and Erdogan hosted" stays apart. */
function groupCoordinations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'actor') {
      out.push(unit);
      continue;
    }
    const group: ActorUnit = { ...unit, actorIds: [...unit.actorIds] };
    const before = out[out.length - 1];
    const afterVerb = before?.kind === 'word' && before.tags.has('Verb');
    let j = i + 1;
    for (;;) {
      let k = j;
      if (units[k]?.kind === 'word' && (units[k] as WordUnit).lower === ',') k++;
      const coordinated =
        units[k]?.kind === 'word' && COORDINATORS.has((units[k] as WordUnit).lower);
      if (coordinated) k++;
      else if (k === j) break;
      if (units[k]?.kind === 'word' && ['both', 'also'].includes((units[k] as WordUnit).lower)) k++;
      const next = units[k];
      if (next?.kind !== 'actor') break;
      // A comma alone joins only in a list that ends with "and" ("Russia, Iran and Turkey").
      if (!coordinated && !hasCoordinatorAhead(units, k)) break;
      if (coordinated && afterVerb && isFiniteVerb(units[k + 1])) break;
      group.actorIds.push(...next.actorIds.filter((id) => !group.actorIds.includes(id)));
      group.end = next.end;
      group.possessive = next.possessive;
      j = k + 1;
    }
    out.push(group);
    i = j - 1;
  }
  return out;
}

function hasCoordinatorAhead(units: Unit[], from: number): boolean {
  for (let k = from + 1; k < units.length && k < from + 4; k++) {
    const u = units[k];
    if (u.kind === 'word' && COORDINATORS.has(u.lower)) return units[k + 1]?.kind === 'actor';
    if (u.kind === 'word' && u.lower !== ',') return false;
  }
  return false;
}
