// Quoted first person: in a quotation attributed to a speaker ("“We condemn the strike,” the minister said",
// "Vucic said: “Our troops …”"), "we", "our" and "us" stand for that speaker, so the rules read the quotation
// as the speaker's own clause.
import { quotedFirstPerson, speechVerbs } from './lexicon.ts';
import type { Term } from './plugin.ts';
import type { ActorUnit, Unit, WordUnit } from './units.ts';

interface Quotation {
  /** Character offsets: the opening mark's word starts at `open`, the closing mark's word ends at `close`. */
  open: number;
  close: number;
}

const OPENING = /[“"]/;
const CLOSING = /[”"]/;
/** Words allowed between a preposed speaker's verb and the quotation ("said in a statement:"). */
const PREPOSED_GAP = 6;

const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);
const startOf = (u: Unit): number => (u.kind === 'word' ? u.term.start : u.start);
const isSpeech = (u: Unit | undefined): boolean =>
  !!word(u) && (speechVerbs.has(word(u)!.root) || speechVerbs.has(word(u)!.lower));
const isSpeaker = (u: Unit | undefined): u is ActorUnit =>
  u?.kind === 'actor' && !u.place && !u.compound && !u.reciprocal && u.actorIds.length > 0;

/** The quotations of a sentence, from the marks compromise leaves on its terms. */
function quotations(terms: Term[]): Quotation[] {
  const out: Quotation[] = [];
  let open: number | null = null;
  for (const t of terms) {
    if (open === null && OPENING.test(t.pre)) open = t.start;
    if (open !== null && CLOSING.test(t.post)) {
      out.push({ open, close: t.end });
      open = null;
    }
  }
  return out;
}

/** "…,” X said" or "…,” said X": the speaker right after the closing mark. */
function postposedSpeaker(units: Unit[], after: number): ActorUnit | null {
  let k = after;
  if (word(units[k])?.lower === ',') k++;
  if (word(units[k])?.lower === 'the') k++;
  if (isSpeaker(units[k]) && isSpeech(units[k + 1])) return units[k] as ActorUnit;
  if (isSpeech(units[k])) {
    const at = word(units[k + 1])?.lower === 'the' ? k + 2 : k + 1;
    if (isSpeaker(units[at])) return units[at] as ActorUnit;
  }
  return null;
}

/** "X said: “…" or "X said in a statement, “…": the speaker before the opening mark. */
function preposedSpeaker(units: Unit[], before: number): ActorUnit | null {
  const mark = word(units[before])?.lower;
  if (mark !== ',' && mark !== ':') return null;
  for (let k = before - 1; k >= 1 && k >= before - PREPOSED_GAP; k--) {
    if (isSpeech(units[k])) return isSpeaker(units[k - 1]) ? (units[k - 1] as ActorUnit) : null;
    if (units[k].kind === 'actor') return null;
  }
  return null;
}

/** Replaces first-person pronouns inside attributed quotations with their speaker. */
export function resolveQuotedFirstPerson(units: Unit[], terms: Term[]): Unit[] {
  let out = units;
  for (const q of quotations(terms)) {
    const first = out.findIndex((u) => startOf(u) >= q.open);
    const after = out.findIndex((u) => startOf(u) >= q.close);
    if (first < 0) continue;
    const end = after < 0 ? out.length : after;
    const speaker =
      (after >= 0 ? postposedSpeaker(out, after) : null) ?? preposedSpeaker(out, first - 1);
    if (!speaker) continue;
    out = out.map((u, i) => {
      const w = word(u);
      if (!w || i < first || i >= end) return u;
      const next = word(out[i + 1]);
      const prev = word(out[i - 1]);
      const subject = quotedFirstPerson.subject.has(w.lower);
      const possessive =
        quotedFirstPerson.possessive.has(w.lower) && !!next && !next.tags.has('Punctuation');
      const object =
        quotedFirstPerson.object.has(w.lower) &&
        !!prev &&
        (prev.tags.has('Verb') || prev.tags.has('Preposition'));
      if (!subject && !possessive && !object) return u;
      return {
        kind: 'actor',
        actorIds: [...speaker.actorIds],
        possessive,
        place: false,
        // Subjects read as named; owners and objects as carried over, like "its" and "them".
        pronoun: !subject,
        start: w.term.start,
        end: w.term.end,
      } satisfies ActorUnit;
    });
  }
  return out;
}
