// Entente's compromise plugin: extra words for the tagger and a parse that returns plain terms with offsets.
import nlp from 'compromise';

/** Names and words compromise mis-tags in geopolitical news, mapped to its tags. */
const words: Record<string, string> = {
  kyiv: 'City',
  kharkiv: 'City',
  tehran: 'City',
  zelenskyy: 'LastName',
  zelensky: 'LastName',
  hezbollah: 'Organization',
  hamas: 'Organization',
  houthis: 'Organization',
  taliban: 'Organization',
  daesh: 'Organization',
  kremlin: 'Organization',
  pentagon: 'Organization',
  airstrikes: 'Plural',
  airstrike: 'Singular',
  drones: 'Plural',
  warplanes: 'Plural',
  jets: 'Plural',
  troops: 'Plural',
  // "Tajik forces fired at Kyrgyz border guards": plural body nouns, which compromise reads as verbs.
  forces: 'Plural',
  guards: 'Plural',
  soldiers: 'Plural',
  fighters: 'Plural',
  marines: 'Plural',
  officials: 'Plural',
  // "the U.S. arms sales to Taiwan"
  arms: 'Plural',
  militants: 'Plural',
  rebels: 'Plural',
  militias: 'Plural',
  sanctions: 'Plural',
  shelled: 'PastTense',
  shell: 'Infinitive',
  annexed: 'PastTense',
  overran: 'PastTense',
  // "a senior PKK commander": compromise reads "senior" as a noun, which hides the actor after it.
  senior: 'Adjective',
};

export const ententePlugin = { words, tags: {} };

let registered = false;

/** compromise with Entente's plugin, registered once per process. */
export function ententeNlp(): typeof nlp {
  if (!registered) {
    nlp.plugin(ententePlugin);
    registered = true;
  }
  return nlp;
}

export interface Term {
  text: string;
  /** Lower-case text without trailing punctuation. */
  lower: string;
  /** compromise's root: infinitive for verbs, singular for nouns, else lower. */
  root: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Punctuation written after the term (",", "."). */
  post: string;
  /** Punctuation written before the term (an opening quotation mark). */
  pre: string;
}

interface JsonTerm {
  text: string;
  normal?: string;
  root?: string;
  post?: string;
  pre?: string;
  tags?: string[];
  offset: { start: number; length: number };
}

/** Parses one sentence; offsets are shifted by `offset` so they index the article text. */
export function parseTerms(sentence: string, offset: number): Term[] {
  const doc = ententeNlp()(sentence);
  doc.compute('root');
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const terms: Term[] = [];
  for (const s of sentences) {
    for (const t of s.terms) {
      // Contractions come as two terms ("didn't" → "did" + an empty "not"): keep the empty one, it carries negation.
      const lower = (t.normal ?? t.text.toLowerCase()).replace(/[.,;:!?]+$/, '');
      terms.push({
        text: t.text,
        lower,
        root: (t.root ?? lower).toLowerCase(),
        tags: new Set(t.tags ?? []),
        start: offset + t.offset.start,
        end: offset + t.offset.start + t.offset.length,
        post: t.post ?? '',
        pre: t.pre ?? '',
      });
    }
  }
  retagSaid(terms);
  return terms;
}

/** "the said agreement" is an adjective; "Zelensky said Putin …", which compromise may tag the same, is speech. */
function retagSaid(terms: Term[]): void {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    if (t.lower !== 'said' || !t.tags.has('Adjective') || t.tags.has('Verb')) continue;
    if (terms[i - 1].tags.has('Determiner')) continue;
    t.tags = new Set(['Verb', 'PastTense']);
    t.root = 'say';
  }
}
