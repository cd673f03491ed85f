// New names: compromise's people, organisations and places the registry lacks.
import { slugify } from '../../actors/slug.ts';
import type { Token } from '../../actors/tokens.ts';
import { facilityHeads, nameParticles, newActorStopwords } from '../lexicon.ts';
import type { Term } from '../plugin.ts';
import type { ArticleContext, Hit } from './types.ts';
import { isCapitalised, joinTokens, titleAt } from './words.ts';

/** Names compromise tags #Person, #Organization or #Place that the registry lacks become new actors. */
export function addCompromiseNames(
  tokens: Token[],
  terms: Term[],
  owner: (Hit | undefined)[],
  addHit: (first: number, last: number, actorId: string, via: string) => Hit,
  ctx: ArticleContext,
  remember: (actorId: string, first: number, last: number) => void,
): void {
  const categoryOf = (term: Term): 'Person' | 'Organization' | 'Place' | null =>
    term.tags.has('Person') && !term.tags.has('Honorific') && !term.tags.has('Pronoun')
      ? 'Person'
      : term.tags.has('Organization')
        ? 'Organization'
        : term.tags.has('Place')
          ? 'Place'
          : null;
  for (let t = 0; t < terms.length; t++) {
    const type = categoryOf(terms[t]);
    if (!type || !/^\p{Lu}/u.test(terms[t].text)) continue;
    let u = t + 1;
    // Go on through the same category, untagged proper nouns and name particles ("Staffan de Mistura", "Ras al-Ain").
    const continues = (k: number): boolean => {
      const term = terms[k];
      if (!term || /[,;:]/.test(terms[k - 1].post)) return false;
      if (/^\p{Lu}/u.test(term.text))
        return categoryOf(term) === type || (term.tags.has('ProperNoun') && !categoryOf(term));
      return (
        nameParticles.has(term.lower) &&
        /^\p{Lu}/u.test(terms[k + 1]?.text ?? '') &&
        !/[,;:]/.test(term.post)
      );
    };
    while (continues(u)) u++;
    const start = terms[t].start;
    const end = terms[u - 1].end;
    t = u - 1;
    let first = tokens.findIndex((tok) => tok.start >= start);
    let last = tokens.findIndex((tok) => tok.start >= end);
    if (first < 0) continue;
    if (last < 0) last = tokens.length;
    // Drop titles and articles in front, a possessive behind.
    while (first < last && (titleAt(tokens, first) > 0 || newActorStopwords.has(tokens[first].key)))
      first += Math.max(1, titleAt(tokens, first));
    if (last - first >= 2 && tokens[last - 1].key === 's' && /['’]/.test(tokens[last - 2].text))
      last -= 2;
    while (last > first && /^[^\p{L}\p{N}]$/u.test(tokens[last - 1].text)) last--;
    if (last <= first || last - first > 7) continue;
    let overlaps = false;
    for (let k = first; k < last; k++) overlaps ||= !!owner[k];
    if (overlaps || !isCapitalised(tokens[first])) continue;
    const words = tokens.slice(first, last).filter((tok) => /\p{L}/u.test(tok.text));
    if (words.length === 0 || words.every((tok) => newActorStopwords.has(tok.key))) continue;
    if (words.length === 1 && words[0].text.length < 3) continue;
    // A lone demonym or adjective ("Uzbek", "European") is not a name.
    if (
      words.length === 1 &&
      (/(ean|ian)$/i.test(words[0].text) ||
        terms.some(
          (term) =>
            term.start === words[0].start &&
            (term.tags.has('Demonym') || term.tags.has('Adjective')),
        ))
    )
      continue;
    const name =
      tokens[first].text === tokens[last - 1].text
        ? tokens[first].text
        : joinTokens(tokens, first, last);
    const known = ctx.surnames.get(name);
    const id = known ?? slugify(name);
    if (!id) continue;
    const existing = ctx.actors.get(id) ?? ctx.registry.get(id);
    const placed = facilityHeads.has(tokens[last - 1].key) ? 'Place' : type;
    const actor = existing ?? { id, name, type: placed, aliases: [], countryCode: null };
    if (!ctx.actors.has(id)) ctx.actors.set(id, actor);
    addHit(first, last, id, 'new');
    remember(id, first, last);
  }
}
