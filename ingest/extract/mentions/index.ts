// Recognition and linking: registry names, titles, appositions, bodies and compromise's new names → mentions and actor spans.
import type { Term } from '../plugin.ts';
import type { SentenceSpan } from '../sentences.ts';
import { createScan } from './scan.ts';
import type { ArticleContext, SentenceMentions } from './types.ts';
import { findAppositions } from './appositions.ts';
import { findInstitutions, findMinistries, splitCuratedBodies } from './bodies.ts';
import { dropPeopleOfNation } from './demonyms.ts';
import { findMemberTitles } from './members.ts';
import { addCompromiseNames } from './new-names.ts';
import { findCapitalPlaces, findRegions } from './places.ts';
import { findPossessives } from './possessives.ts';
import { findRegistryNames } from './registry-names.ts';
import { findTitles } from './titles.ts';
import { collectMentions } from './spans.ts';

export type { ActorSpan, ArticleContext, SentenceMentions, StructuralFact } from './types.ts';

/** Recognition and linking over one sentence: each pass adds hits or structural facts, in order. */
export function findSentenceMentions(
  sentence: SentenceSpan,
  terms: Term[],
  ctx: ArticleContext,
): SentenceMentions {
  const scan = createScan(sentence, ctx);
  findRegistryNames(scan);
  findCapitalPlaces(scan);
  dropPeopleOfNation(scan);
  findMinistries(scan);
  splitCuratedBodies(scan);
  findInstitutions(scan);
  // 3. New names from compromise's people, organisations and places, never dropped unless junk.
  addCompromiseNames(scan.tokens, terms, scan.owner, scan.addHit, ctx, scan.remember);
  findRegions(scan);
  findTitles(scan);
  findAppositions(scan);
  findMemberTitles(scan);
  findPossessives(scan);
  return collectMentions(scan);
}
