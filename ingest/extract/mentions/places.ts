// Places: capitals used as locations, and capitalised names before a region noun.
import { slugify } from '../../actors/slug.ts';
import {
  addresseeWords,
  governingNouns,
  locativePrepositions,
  motionPrepositions,
  motionWords,
  newActorStopwords,
  placeNouns,
  placeParts,
  placeVerbs,
  regionHeads,
} from '../lexicon.ts';
import type { Scan } from './scan.ts';
import type { Hit } from './types.ts';
import { isCapitalised } from './words.ts';

/** A capital used as a location is the city, not its state. */
export function findCapitalPlaces(scan: Scan): void {
  const { registry, tokens, hits, use, possessiveEnd } = scan;
  // 1b. A capital used as a location is the city, not its state: "talks in Moscow", "visited Budapest",
  // "the Damascus consulate", "Beirut's southern suburbs"; "Moscow said", "ties with Moscow" stay the state.
  const isLocative = (hit: Hit): boolean => {
    const after = possessiveEnd(hit.last);
    if (after !== hit.last) return placeParts.has(tokens[after]?.key ?? '');
    if (tokens[hit.last]?.text === '-') return false;
    const prev = tokens[hit.first - 1]?.key ?? '';
    if (prev === 'the' || prev === 'a' || prev === 'an') return true;
    // "the government in Damascus", "authorities in Beijing": the seat of government is the state.
    if (prev === 'in' && governingNouns.has(tokens[hit.first - 2]?.key ?? '')) return false;
    if (prev === 'at' && addresseeWords.has(tokens[hit.first - 2]?.key ?? '')) return false;
    if (locativePrepositions.has(prev) || placeVerbs.has(prev)) return true;
    const before = [2, 3, 4].map((d) => tokens[hit.first - d]?.key ?? '');
    if (motionPrepositions.has(prev)) return before.some((w) => motionWords.has(w));
    if (prev === 'on' || prev === 'of') return placeNouns.has(before[0]);
    return false;
  };
  for (const hit of hits) {
    const place = registry.capitalPlace(tokens, hit.first, hit.last);
    if (!place || !isLocative(hit)) continue;
    hit.actorId = use(registry.get(place)!);
    hit.via = 'place';
  }
}

/** A capitalised name before a region noun is a place. */
export function findRegions(scan: Scan): void {
  const { tokens, owner, actorOf, addHit, use, possessiveEnd, stateHitEndingAt } = scan;
  // 3b. "Russia's Ryazan region", "the Kherson region": a capitalised name before a region noun is a place.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (owner[i] || !isCapitalised(tokens[i]) || !regionHeads.has(tokens[i + 1].key)) continue;
    if (newActorStopwords.has(tokens[i].key)) continue;
    const state = stateHitEndingAt(i);
    const owned = !!state && possessiveEnd(state.last) === i && state.last !== i;
    if (!owned && tokens[i - 1].key !== 'the') continue;
    const id = slugify(tokens[i].text);
    if (!id) continue;
    const actor = actorOf(id) ?? {
      id,
      name: tokens[i].text,
      type: 'Place' as const,
      aliases: [],
      countryCode: owned ? state.actorId : null,
    };
    if (actor.type !== 'Place') continue;
    use(actor);
    addHit(i, i + 1, id, 'region');
  }
}
