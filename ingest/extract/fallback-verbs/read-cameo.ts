// Reads PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) into verbs with their CAMEO codes and line numbers.

/** One verb of the dictionary, or one verb with a bare preposition or particle from a pattern ("* (AGAINST)"). */
export interface CameoVerb {
  /** Lower-case lemma ("shell"). */
  verb: string;
  /** A particle right after the verb ("call off", "round up"). */
  particle?: string;
  /** A preposition before the object ("ask for", "meet with"). */
  prep?: string;
  /** The CAMEO event code, source side only ("042" from "042:043"). */
  code: string;
  /** The verb block the entry comes from ("MEET_PEOPLE"). */
  block: string;
  /** 1-based line in the dictionary. */
  line: number;
  /** Irregular forms the dictionary lists ("OVERFLY {OVERFLIES OVERFLYING OVERFLEW OVERFLOWN}"). */
  irregular?: string[];
}

const PARTICLES = new Set([
  'up',
  'down',
  'out',
  'off',
  'back',
  'away',
  'aside',
  'over',
  'in',
  'on',
]);
const PREPOSITIONS = new Set([
  'with',
  'to',
  'for',
  'against',
  'on',
  'upon',
  'into',
  'at',
  'from',
  'of',
  'over',
  'about',
  'by',
  'toward',
  'towards',
]);

/** "042:043" → "042"; "[:110]" (target side only) and "---" (no event) → null. */
function sourceCode(raw: string): string | null {
  const code = raw.split(':')[0].trim();
  return /^\d{2,4}$/.test(code) ? code : null;
}

/**
 * "+MEET_WITH" → meet + prep "with"; "+CALL_OFF" → call + particle "off"; "SHELL" → shell. Multi-word forms
 * whose verb is not the first word ("WIRE_+TAP") or that carry a noun ("+TAKE_SHAPE") are not simple: null.
 */
function verbOf(token: string): Pick<CameoVerb, 'verb' | 'particle' | 'prep'> | null {
  const words = token.toLowerCase().replace(/_$/, '').split('_');
  if (words.some((w) => !/^\+?[a-z][a-z-]*$/.test(w))) return null;
  if (words.length === 1) return { verb: words[0].replace(/^\+/, '') };
  if (words.length !== 2 || !words[0].startsWith('+')) return null;
  const [verb, second] = [words[0].slice(1), words[1]];
  if (PARTICLES.has(second) && !['in', 'on', 'over'].includes(second))
    return { verb, particle: second };
  if (PREPOSITIONS.has(second)) return { verb, prep: second };
  return null;
}

/** Every simple verb entry of the dictionary's verb section, in file order. */
export function readCameoVerbs(text: string): CameoVerb[] {
  const lines = text.split('\n');
  const out: CameoVerb[] = [];
  let inVerbs = false;
  let block = '';
  let blockCode: string | null = null;
  let blockVerbs = new Set<string>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('####### VERB PATTERNS')) inVerbs = true;
    if (!inVerbs) return;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(raw);
    if (header) {
      [block, blockCode] = [header[1], sourceCode(header[2])];
      blockVerbs = new Set();
      return;
    }
    const [body, comment = ''] = raw.split('#', 2);
    if (!body.trim() || !block) return;
    if (body.startsWith('-')) {
      // "- * (AGAINST)  [113]  # REQUEST": a pattern with only a preposition or a particle after the verb.
      const m = /^-\s*\*\s*(?:\(([A-Z]+)\)|([A-Z]+))\s*\[([^\]]*)\]\s*$/.exec(body);
      const code = m && sourceCode(m[3]);
      if (!m || !code) return;
      const word = (m[1] ?? m[2]).toLowerCase();
      const isPrep = !!m[1] && PREPOSITIONS.has(word);
      const isParticle = !!m[2] && PARTICLES.has(word);
      if (!isPrep && !isParticle) return;
      // The comment names the verb the pattern was written for; only that verb takes it.
      for (const name of comment.split(/[\s,]+/).filter(Boolean)) {
        const verb = name.toLowerCase();
        if (!blockVerbs.has(verb)) continue;
        out.push({ verb, ...(isPrep ? { prep: word } : { particle: word }), code, block, line });
      }
      return;
    }
    // "SPEED {SPEEDING SPEEDS SPED }  [190]": a verb, its irregular forms, its own code.
    const m = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(body.trim());
    if (!m) return;
    const parsed = verbOf(m[1]);
    if (!parsed) return;
    const single = !parsed.particle && !parsed.prep;
    if (single) blockVerbs.add(parsed.verb);
    const code = m[3] === undefined ? blockCode : sourceCode(m[3]);
    const irregular =
      single && m[2]
        ? m[2]
            .toLowerCase()
            .split(/\s+/)
            .filter((w) => /^[a-z-]+$/.test(w))
        : [];
    if (code) out.push({ ...parsed, code, block, line, ...(irregular.length && { irregular }) });
  });
  return out;
}
