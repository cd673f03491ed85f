// The state the mention passes share over one sentence.
import { tokenize } from '../../actors/tokens.ts';
import type { Actor } from '../../types.ts';
import type { SentenceSpan } from '../sentences.ts';
import type { ArticleContext, Hit, StructuralFact } from './types.ts';
import { adjacent, isHeadRole } from './words.ts';

/** One sentence being read: its tokens, the hits found so far and the helpers every pass shares. */
export type Scan = ReturnType<typeof createScan>;

/** Starts reading a sentence: tokens, no hits yet. */
export function createScan(sentence: SentenceSpan, ctx: ArticleContext) {
  const { registry } = ctx;
  const tokens = tokenize(sentence.text, sentence.start);
  const structural: StructuralFact[] = [];
  const hits: Hit[] = [];
  const owner = new Array<Hit | undefined>(tokens.length);
  const actorOf = (id: string): Actor | undefined => ctx.actors.get(id) ?? registry.get(id);
  const addHit = (first: number, last: number, actorId: string, via: string): Hit => {
    const hit: Hit = {
      first,
      last,
      actorId,
      via,
      spanFirst: first,
      spanLast: last,
      absorbed: false,
    };
    hits.push(hit);
    for (let k = first; k < last; k++) owner[k] ??= hit;
    return hit;
  };
  const use = (actor: Actor): string => {
    if (!ctx.actors.has(actor.id)) ctx.actors.set(actor.id, actor);
    return actor.id;
  };
  const remember = (actorId: string, first: number, last: number): void => {
    const actor = actorOf(actorId);
    if (actor?.type === 'Person' && last - first >= 2)
      ctx.surnames.set(tokens[last - 1].text, actorId);
  };

  const possessiveEnd = (last: number): number => {
    const apostrophe = tokens[last];
    if (apostrophe?.text !== "'" && apostrophe?.text !== '’') return last;
    if (tokens[last + 1]?.key === 's' && adjacent(apostrophe, tokens[last + 1])) return last + 2;
    return /s$/.test(tokens[last - 1]?.text ?? '') ? last + 1 : last;
  };
  const stateHitEndingAt = (end: number): Hit | undefined => {
    // A state (not a capital) whose name, demonym or possessive ends right before token `end`.
    for (const hit of hits) {
      const actor = actorOf(hit.actorId);
      if (actor?.type !== 'State' || hit.via === 'capital') continue;
      if (hit.last === end || possessiveEnd(hit.last) === end) return hit;
    }
    return undefined;
  };
  // A registry person is tied only to what they belong to: their own state, its bodies, the international
  // body they serve ("Niinisto, Swedish Prime Minister X" is a list; Medvedev is not of the UN Security Council).
  const affiliationFits = (source: string, target: string): boolean => {
    const person = registry.get(source);
    const whole = actorOf(target);
    if (person?.type !== 'Person' || !whole) return true;
    if (whole.type === 'State') return !person.countryCode || person.countryCode === whole.id;
    if (whole.countryCode) return !person.countryCode || person.countryCode === whole.countryCode;
    return (
      !person.countryCode ||
      person.partOf === whole.id ||
      !!person.terms?.some((term) => term.of === whole.id)
    );
  };
  const addStructural = (source: string, target: string, head: boolean, rule: string): void => {
    if (source === target || !affiliationFits(source, target)) return;
    // The registry's dated offices say who heads what: "Wagner founder" and "Wagner chief" both LEAD.
    const terms = registry.get(source)?.terms ?? [];
    if (!head && terms.some((term) => term.of === target && isHeadRole(term.role))) {
      head = true;
      rule = rule.replace('part-of', 'leads');
    }
    if (structural.some((f) => f.source === source && f.target === target)) return;
    structural.push({ source, target, type: head ? 'LEADS' : 'PART_OF', rule });
  };

  return {
    sentence,
    ctx,
    registry,
    tokens,
    structural,
    hits,
    owner,
    actorOf,
    addHit,
    use,
    remember,
    possessiveEnd,
    stateHitEndingAt,
    addStructural,
  };
}
