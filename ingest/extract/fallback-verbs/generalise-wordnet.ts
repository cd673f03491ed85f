// Leads WordNet verbs the rules lack to a known verb through their first sense: a synonym, else a hypernym.
import type { VerbNet } from './read-wordnet.ts';

export interface WordNetLink {
  verb: string;
  /** The known verb it generalises to ("bomb"). */
  via: string;
  relation: 'synonym' | 'hypernym';
  /** The WordNet path: "shell.v.01 01138348 {blast, shell} @ 01137971 {bombard, bomb}". */
  path: string[];
}

export interface GeneraliseOptions {
  /** How many hypernym steps to climb from the first sense. */
  maxDepth: number;
  /** How many of a verb's senses, most frequent first, may lead to a known verb (the first that does wins). */
  senses: number;
}

export const DEFAULT_GENERALISE_OPTIONS: GeneraliseOptions = { maxDepth: 1, senses: 1 };

const describe = (net: VerbNet, offset: string): string =>
  `${offset} {${net.synsets.get(offset)!.words.join(', ')}}`;

/**
 * For every single-word WordNet verb not in `known` and not `skip`ped: the known verb its sense leads to, when
 * every known verb met at the first level that has one belongs to the same relation type (else it is ambiguous).
 */
export function generaliseThroughWordNet(
  net: VerbNet,
  known: Map<string, string>,
  skip: (verb: string) => boolean,
  options: GeneraliseOptions = DEFAULT_GENERALISE_OPTIONS,
): WordNetLink[] {
  const links: WordNetLink[] = [];
  for (const [verb, offsets] of net.senses) {
    if (!/^[a-z][a-z-]*$/.test(verb) || known.has(verb) || skip(verb)) continue;
    for (const offset of offsets.slice(0, options.senses)) {
      const link = linkFrom(net, known, verb, offset, options.maxDepth);
      if (link === 'ambiguous') break;
      if (link) {
        links.push(link);
        break;
      }
    }
  }
  return links;
}

function linkFrom(
  net: VerbNet,
  known: Map<string, string>,
  verb: string,
  offset: string,
  maxDepth: number,
): WordNetLink | 'ambiguous' | null {
  // Level 0 is the sense's own synset (synonyms), level n its n-th hypernyms.
  let level: { offset: string; path: string[] }[] = [{ offset, path: [describe(net, offset)] }];
  for (let depth = 0; depth <= maxDepth && level.length; depth++) {
    const hits = level.flatMap(({ offset: o, path }) =>
      net.synsets
        .get(o)!
        .words.filter((w) => w !== verb && known.has(w))
        .map((via) => ({ via, path })),
    );
    if (hits.length) {
      const types = new Set(hits.map((h) => known.get(h.via)));
      if (types.size > 1) return 'ambiguous';
      const { via, path } = hits[0];
      return { verb, via, relation: depth === 0 ? 'synonym' : 'hypernym', path };
    }
    level = level.flatMap(({ offset: o, path }) =>
      net.synsets
        .get(o)!
        .hypernyms.map((h) => ({ offset: h, path: [...path, `@ ${describe(net, h)}`] })),
    );
  }
  return null;
}
