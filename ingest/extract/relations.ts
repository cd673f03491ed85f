// Relation finding over a sentence's units: verb frames (active, passive, controlled, reported) and nominal triggers.
import {
  bodyRoleNouns,
  disputingVerbs,
  evaluationVerbs,
  supportVerbs,
  intentVerbs,
  agentiveNouns,
  allegationVerbs,
  withheldRecognitionVerbs,
  causativeVerbs,
  coAgentVerbs,
  denialVerbs,
  allegationNouns,
  casualtyVerbs,
  exposureVerbs,
  lightVerbs,
  ownerParticiples,
  mediationVerbs,
  reactionVerbs,
  modalAuxiliaries,
  negators,
  phraseRelationGap,
  nounClasses,
  objectControlVerbs,
  agreedPlanTypes,
  eventBlockingVerbs,
  planNouns,
  planVerbs,
  refusalVerbs,
  responsibilityNouns,
  responsibilityVerbs,
  speechVerbs,
  threatVerbs,
  governingNouns,
  quoteCriticism,
} from './lexicon.ts';
import {
  compoundRules,
  phraseRules,
  rulesByNoun,
  rulesByVerb,
  verbLemmas,
  type NounRule,
  type VerbRule,
} from './rules.ts';
import { rulesForVerb } from './fallback-verbs/index.ts';
import { findEvaluations, type EvaluationFrame } from './evaluations.ts';
import { findMediations } from './mediation.ts';
import type { ActorUnit, Unit, WordUnit } from './units.ts';

/** A relation before it is dated and scored: who, what, whom, on which rule and how sure. */
export interface FoundRelation {
  source: string;
  target: string;
  type: string;
  rule: string;
  confidence: number;
  speaker: string | null;
  modality: string;
}

/** Who reports a clause, whether they deny it, and whether they warn of it. */
interface Speaker {
  speaker: ActorUnit;
  denial: boolean;
  threat?: boolean;
  /** The reporting verb charges or alleges ("charged that", "alleged that"): the report accuses its actor. */
  accusation?: boolean;
}

interface VerbInfo {
  index: number;
  lemma: string;
  /** First unit of the verb group (auxiliaries, negation, "to"). */
  chainStart: number;
  negated: boolean;
  modality: string;
  passive: boolean;
  subject: ActorUnit | null;
  pronounSubject: boolean;
  /** The verb this one is the complement of ("threatened to strike", "accused X of arming"). */
  governor: VerbInfo | null;
  governorLink: 'to' | 'of' | 'gerund' | null;
  /** The governor's object, for object control ("urged Turkey to", "accused Iran of"). */
  controller: ActorUnit | null;
  /** "joined the US in condemning": the governor's object shares the act. */
  coAgent?: boolean;
  /** ", a move welcomed by Washington": the participle's object is an event, not a party. */
  appositive?: boolean;
  /** ", a move Paris denounced": the main clause's subject, the act the object-gap relative comments on. */
  gapTarget?: ActorUnit | null;
  /** "Houthi rebels armed by Iran": a passive participle right after its noun, with no "be". */
  reduced?: boolean;
  target: ActorUnit | null;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const RELATIVES = new Set(['who', 'which']);
const NEGATING_DETERMINERS = new Set(['no', 'little']);
const DESCRIBED_STATES = new Set(['country', 'kingdom', 'republic']);
const PERFECT = new Set(['had', 'has', 'have']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
const STOP_RIGHT = new Set([
  ';',
  'while',
  'but',
  'after',
  'before',
  'because',
  'although',
  'though',
  'whereas',
  'when',
  'since',
  'as',
  'if',
  'unless',
  'until',
  'where',
]);
const CONCESSIVES = new Set(['although', 'though', 'despite', 'whereas']);
const SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'while',
  'when',
  'once',
  'because',
]);
// "alongside Egypt", "together with Iran", "along with Turkey".
const CO_AGENT_LINKS = new Set(['alongside', 'together', 'along']);
const ADJUNCT_PREPS = new Set(['for', 'in', 'during', 'at']);
// "carried out strikes", "stepped up attacks", "cut off supplies": a particle after a light verb belongs to the verb.
const LIGHT_PARTICLES = new Set(['out', 'up', 'off']);
const HYPOTHETICAL_MODALITIES = new Set(['possible', 'planned']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const HOSTILE_TYPES = new Set(['ATTACK', 'SANCTION', 'MOBILIZE']);
/** Types whose future form is a commitment made now ("will deliver Patriot systems"). */
const COMMITMENT_TYPES = new Set(['PROVIDE_AID', 'PROVIDE_ARMS']);
const ADVERBIAL_GERUND_PREPS = new Set(['by', 'after', 'before', 'while']);
const LOCATIVE_PREPS = new Set(['in', 'near', 'outside', 'around', 'inside', 'at']);
// "a decision criticised by France": determiners that open an appositive event noun.
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
const ARTICLES = new Set(['the', 'a', 'an']);
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const GERUND_PREPS = new Set(['of', 'for', 'from', 'about', 'over', 'in', 'on', 'with', 'by']);
const ROLE_NOUN =
  /^(ministers?|president|leaders?|head|chief|spokesman|spokeswoman|spokesperson|governments?|army|forces|ambassadors?|envoys?|commander|officials?|secretary|king|emir|prince|rulers|authorities|juntas?|regimes?|militar(y|ies)|troops)$/;
// "southern Israel", "north-eastern Syria": a direction before a name does not make it a noun's modifier.
const DIRECTIONS =
  /^(north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|occupied)$/;
// "dozens of Russian diplomats": a quantity and "of" are transparent for the object.
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|overnight|earlier|later|week|weekend)$/;
const QUANTITIES = /^(dozens|hundreds|thousands|scores|several|some|many|two|three|four|five|ten)$/;
const MODIFIER_TAGS = ['Adjective', 'Determiner', 'Value', 'Noun', 'Adverb'];
const GROUP_HEADS =
  /^(convoy|column|group|unit|units|patrol|team|contingent|detachment|delegation|squad|battalion|fleet|flotilla|fighters|militants|members|forces|troops|soldiers|positions|bases|base|strongholds)$/;
const BORDERS = /^(border|borders|frontier|boundary)$/;
/** What a party claims or alleges: rejecting it rejects the party ("dismissed the claims by Kyiv"). */
const CLAIM_NOUNS = new Set(['claim', 'claims', ...nounClasses.ACCUSATIONS]);
// "bases in Iraq housing US troops": a participle naming who occupies the located object.
const HOUSING = new Set(['house', 'host', 'shelter', 'station']);
const PLACE_HEADS =
  /^(town|city|village|region|province|port|district|island|enclave|capital|outskirts|suburbs|centre|center)$/;

// Prepositions compromise sometimes tags otherwise ("near" as an adjective, "to" as a conjunction).
const PREPOSITIONS = new Set([
  'to',
  'near',
  'on',
  'along',
  'in',
  'into',
  'toward',
  'towards',
  'against',
  'at',
  'with',
  'from',
  'by',
  'of',
  'for',
  'over',
  'between',
  'among',
  'inside',
  'across',
  'upon',
  'targeting',
  'than',
  'onto',
  'behind',
  'around',
  'alongside',
]);

const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);
/** compromise's root, or the rule verb a conjugated form belongs to ("shelling" read as a noun root). */
const lemmaOf = (w: WordUnit): string =>
  rulesByVerb.has(w.root) ? w.root : (verbLemmas.get(w.lower) ?? (w.root || w.lower));
const isPrep = (u: Unit | undefined): boolean => {
  const w = word(u);
  return !!w && (w.tags.has('Preposition') || PREPOSITIONS.has(w.lower));
};

/** A verb-tagged word used as a noun: "the U.S. strikes", "Russian attacks on", "new sanctions". */
function isNominal(units: Unit[], i: number): boolean {
  const w = word(units[i])!;
  const prev = units[i - 1];
  const pw = word(prev);
  // Past-tense forms are verbs; only noun-like forms ("strikes", "attack") can head a noun phrase.
  if (w.tags.has('PastTense') || w.tags.has('Gerund')) return false;
  // "Israeli warplanes bombed": a present form right before a past verb is the subject noun.
  const after = word(units[i + 1]);
  if (
    w.tags.has('PresentTense') &&
    after?.tags.has('Verb') &&
    after.tags.has('PastTense') &&
    !after.tags.has('Auxiliary')
  )
    return true;
  // "rebel positions in": a present form between a noun and a preposition is a plural noun.
  const following = units[i + 1];
  if (
    w.tags.has('PresentTense') &&
    pw?.tags.has('Noun') &&
    !pw.tags.has('Pronoun') &&
    !pw.tags.has('ProperNoun') &&
    (following === undefined || isPrep(following) || word(following)?.lower === ',')
  )
    return true;
  // "in funds for Ukraine", "of attacks on": a present form right after a preposition is a noun.
  if (
    w.tags.has('PresentTense') &&
    !w.tags.has('Infinitive') &&
    pw &&
    pw.lower !== 'to' &&
    isPrep(prev) &&
    !units[i + 1]?.kind.startsWith('actor')
  )
    return true;
  // "artillery shells", "drone strikes": a class noun after a noun.
  if (
    pw?.tags.has('Noun') &&
    !pw.tags.has('Pronoun') &&
    Object.values(nounClasses).some((c) => c.has(w.lower))
  )
    return true;
  if (
    pw &&
    (pw.tags.has('Determiner') ||
      pw.tags.has('Adjective') ||
      pw.tags.has('Possessive') ||
      pw.tags.has('Value'))
  )
    return true;
  if (
    prev?.kind === 'actor' &&
    (prev.possessive || (rulesByNoun.has(w.lower) && word(units[i - 2])?.tags.has('Determiner')))
  )
    return true;
  const next = word(units[i + 1]);
  if (
    rulesByNoun.has(w.lower) &&
    next &&
    rulesByNoun
      .get(w.lower)!
      .some((r) => r.targetPreps.includes(next.lower) || r.symmetricPreps?.includes(next.lower))
  ) {
    return prev?.kind === 'actor' || !!pw?.tags.has('Noun');
  }
  return false;
}

function isVerb(units: Unit[], i: number): boolean {
  const w = word(units[i]);
  if (!w) return false;
  // "Ukraine cut diplomatic ties": a rule verb compromise tagged as a noun, right after its subject.
  const prev = units[i - 1];
  if (
    !w.tags.has('Verb') &&
    rulesByVerb.has(w.lower) &&
    prev?.kind === 'actor' &&
    !prev.possessive &&
    !word(units[i - 2])?.tags.has('Determiner') &&
    !!word(units[i + 1]) &&
    !word(units[i + 1])!.tags.has('Verb')
  )
    return true;
  if (headlineVerb(units, i)) return true;
  // "Tajik forces fired at": a body noun after its actor, before the verb, is the subject's head.
  if (
    prev?.kind === 'actor' &&
    bodyRoleNouns.has(w.lower) &&
    !!word(units[i + 1])?.tags.has('Verb')
  )
    return false;
  // "they had cut ties": a rule verb compromise tagged as a noun after a perfect auxiliary.
  if (!w.tags.has('Verb') && rulesByVerb.has(w.lower) && PERFECT.has(word(prev)?.lower ?? ''))
    return true;
  if (!w.tags.has('Verb') || w.tags.has('Auxiliary') || w.tags.has('Copula')) return false;
  return !isNominal(units, i);
}

/**
 * "Turkey hosts Putin, pledges support for …": a headline (no article anywhere) writes its verbs in the
 * present, and compromise reads "hosts", "pledges" as plural nouns. A rule verb's -s form is a verb right
 * after its actor subject, or after "," / "and" that follows such a verb.
 */
function headlineVerb(units: Unit[], i: number): boolean {
  const w = word(units[i]);
  if (!w || !w.tags.has('Plural') || !w.lower.endsWith('s') || w.tags.has('ProperNoun'))
    return false;
  if (!rulesByVerb.has(verbLemmas.get(w.lower) ?? '')) return false;
  if (units.some((u) => ARTICLES.has(word(u)?.lower ?? ''))) return false;
  const next = word(units[i + 1]);
  const prev = units[i - 1];
  if (prev?.kind === 'actor') return !next?.tags.has('Verb') && !prev.possessive && !prev.compound;
  const link = word(prev)?.lower;
  if ((link !== ',' && link !== 'and') || next?.tags.has('PastTense')) return false;
  for (let j = i - 2; j > 0; j--) if (headlineVerb(units, j)) return true;
  return false;
}

/** "Turkish military units (have begun to) move": the subject's span or the words after it name the class. */
function subjectNames(units: Unit[], info: VerbInfo, cls: string): boolean {
  const at = units.indexOf(info.subject!);
  if (at < 0) return false;
  const head = info.subject!.head;
  if (head && nounClasses[cls]?.has(head)) return true;
  return hasClassWord(units, cls, at + 1, Math.min(at + 4, info.index));
}

/** Whether a noun class word lies in units [from, to). Two-word entries ("military aid") count too. */
function hasClassWord(units: Unit[], cls: string, from: number, to: number): boolean {
  const words = nounClasses[cls];
  if (!words) return false;
  for (let k = Math.max(0, from); k < Math.min(units.length, to); k++) {
    const u = units[k];
    if (u?.kind === 'actor' && u.head && words.has(u.head)) return true;
    const w = word(u);
    if (!w) continue;
    // "pledged not to support the YPG": an infinitive is an act, not the rule's noun.
    if (w.tags.has('Verb') && word(units[k - 1])?.lower === 'to') continue;
    if (words.has(w.lower) || words.has(w.root)) return true;
    const next = word(units[k + 1]);
    if (next && words.has(`${w.lower} ${next.lower}`)) return true;
  }
  return false;
}

export function findRelations(units: Unit[]): FoundRelation[] {
  const infos = new Map<number, VerbInfo>();
  const verbIndexes: number[] = [];
  for (let i = 0; i < units.length; i++) if (isVerb(units, i)) verbIndexes.push(i);

  const infoOf = (v: number): VerbInfo => {
    const cached = infos.get(v);
    if (cached) return cached;
    const w = word(units[v])!;
    const info: VerbInfo = {
      index: v,
      lemma: lemmaOf(w),
      chainStart: v,
      negated: false,
      modality: 'asserted',
      passive: w.tags.has('Passive'),
      subject: null,
      pronounSubject: false,
      governor: null,
      governorLink: null,
      controller: null,
      target: null,
    };
    infos.set(v, info);
    // The verb group to the left: auxiliaries, modals, negation, adverbs, infinitival "to".
    let k = v - 1;
    let sawBe = false;
    for (; k >= 0; k--) {
      const u = word(units[k]);
      if (!u) break;
      if (negators.has(u.lower) || u.tags.has('Negative')) info.negated = true;
      else if (modalAuxiliaries[u.lower])
        info.modality = info.modality === 'asserted' ? modalAuxiliaries[u.lower] : info.modality;
      else if (BE.has(u.lower) || BE.has(u.root)) sawBe = true;
      // "directly or indirectly blaming": adverbs joined by a coordinator stay in the verb group.
      else if (
        (u.lower === 'or' || u.lower === 'and') &&
        word(units[k + 1])?.tags.has('Adverb') &&
        word(units[k - 1])?.tags.has('Adverb')
      )
        continue;
      // "have cut ties": compromise may read a perfect "have" as a main verb.
      else if (
        !(u.tags.has('Auxiliary') || u.tags.has('Adverb') || u.tags.has('Modal')) &&
        !(PERFECT.has(u.lower) && k === v - 1)
      )
        break;
    }
    info.chainStart = k + 1;
    if (
      sawBe &&
      (w.tags.has('PastTense') || w.tags.has('Participle')) &&
      word(units[v + 1])?.lower === 'by'
    )
      info.passive = true;
    else if (reducedParticiple(units, v, info.chainStart)) {
      info.passive = true;
      info.reduced = true;
    }
    // Complement of another verb: "to V", "V-ing" after a verb, "of V-ing" after an object.
    const before = word(units[info.chainStart - 1]);
    if (before?.lower === 'to' || (w.tags.has('Infinitive') && before?.lower === 'to')) {
      // "pledged not to support": a negator before "to" negates the infinitive.
      if (negators.has(word(units[info.chainStart - 2])?.lower ?? '')) info.negated = true;
      const neg = negators.has(word(units[info.chainStart - 2])?.lower ?? '') ? 1 : 0;
      const g = info.chainStart - 2 - neg;
      // "Sweden's bid to join NATO", "a plan to send troops": an infinitive after a plan noun is not an event.
      if (planNouns.has(word(units[g])?.root ?? '') || planNouns.has(word(units[g])?.lower ?? ''))
        info.modality = 'planned';
      // "saw no need to retaliate", "has no intention to attack": a negated noun negates its infinitive.
      if (
        word(units[g])?.tags.has('Noun') &&
        NEGATING_DETERMINERS.has(word(units[g - 1])?.lower ?? '')
      )
        info.negated = true;
      if (units[g]?.kind === 'actor' && isVerb(units, g - 1)) {
        info.governor = infoOf(g - 1);
        info.controller = units[g] as ActorUnit;
      } else if (g >= 0 && isVerb(units, g)) info.governor = infoOf(g);
      else info.governor = purposeGovernor(units, g, infoOf);
      info.governorLink = 'to';
    } else if (w.tags.has('Gerund') && before && GERUND_PREPS.has(before.lower)) {
      const g = info.chainStart - 2;
      // "a referendum on annexing Essequibo": a gerund after a plan noun is not an event.
      if (planNouns.has(word(units[g])?.root ?? '') || planNouns.has(word(units[g])?.lower ?? ''))
        info.modality = 'planned';
      // "accused the UAE of arming", "joined the United States in condemning": a determiner may open the object.
      const gv = word(units[g - 1])?.tags.has('Determiner') ? g - 2 : g - 1;
      if (units[g]?.kind === 'actor' && isVerb(units, gv)) {
        info.governor = infoOf(gv);
        info.controller = units[g] as ActorUnit;
        info.coAgent = before.lower === 'in' && coAgentVerbs.has(info.governor.lemma);
      } else if (g >= 0 && isVerb(units, g)) info.governor = infoOf(g);
      else {
        // "Iran is accused by Washington of arming the Houthis": the accused is the passive subject.
        const passive = purposeGovernor(units, g, infoOf);
        if (passive?.passive && allegationVerbs.has(passive.lemma) && passive.subject) {
          info.governor = passive;
          info.controller = passive.subject;
        } else if (passive && ADVERBIAL_GERUND_PREPS.has(before.lower)) {
          // "Pakistan retaliated the next day by shooting down ...": the clause's verb governs.
          info.governor = passive;
        }
      }
      info.governorLink = 'of';
    } else if (
      w.tags.has('Gerund') &&
      info.chainStart - 1 >= 0 &&
      isVerb(units, info.chainStart - 1)
    ) {
      info.governor = infoOf(info.chainStart - 1);
      info.governorLink = 'gerund';
    }
    // "Weeks after meeting Xi, Lula flew to …": a fronted temporal gerund clause has the main clause's
    // subject (but not its negation or modality: the meeting happened either way).
    const fronted =
      !info.governor && w.tags.has('Gerund') && ADVERBIAL_GERUND_PREPS.has(before?.lower ?? '')
        ? frontedGerundVerb(units, v, isVerb)
        : null;
    // "…, while blaming the United States": a trailing adverbial gerund has the clause's subject.
    const trailing =
      fronted === null &&
      !info.governor &&
      w.tags.has('Gerund') &&
      ADVERBIAL_GERUND_PREPS.has(before?.lower ?? '') &&
      word(units[info.chainStart - 2])?.lower === ','
        ? [...verbIndexes].reverse().find((x) => x < info.chainStart - 2)
        : undefined;
    if (fronted !== null) info.subject = infoOf(fronted).subject;
    else if (trailing !== undefined) info.subject = infoOf(trailing).subject;
    else if (info.governor) {
      const g = info.governor;
      const objectControl =
        info.controller &&
        (objectControlVerbs.has(g.lemma) ||
          allegationVerbs.has(g.lemma) ||
          causativeVerbs.has(g.lemma));
      // "accused each other of shelling": each of the governor's subjects is the accused.
      info.subject = objectControl && !info.controller!.reciprocal ? info.controller : g.subject;
      // "South Korea joined the US in condemning X": the joiner and the joined both act.
      if (info.coAgent && g.subject && info.controller)
        info.subject = mergeActors(g.subject, info.controller);
      info.pronounSubject = !objectControl && g.pronounSubject;
    } else if (info.reduced) {
      // "Houthi rebels armed by Iran": the noun before the participle is its subject ("missiles supplied by": none).
      const before = units[v - 1];
      info.subject = before?.kind === 'actor' && !before.possessive ? before : null;
    } else if (
      byParticiple(units, v) &&
      word(units[v - 1])?.lower === ',' &&
      nounPhraseOwner(units, v)
    ) {
      // "Turkey's decision, hailed by Pakistan,": the participle comments on the act of the phrase's owner.
      info.passive = true;
      info.appositive = true;
      info.subject = nounPhraseOwner(units, v);
    } else if (byParticiple(units, v) && word(units[v - 1])?.lower === 'and' && passiveBefore(v)) {
      // "hailed by the US and condemned by Jordan": the second participle shares the first one's subject.
      info.passive = true;
      info.subject = passiveBefore(v)!.subject;
    } else if (appositiveParticiple(units, v)) {
      // ", a decision criticised by France": the event the apposition names is the main clause's.
      info.passive = true;
      info.appositive = true;
      info.subject = mainClauseSubject(units, v, infoOf);
    } else {
      findSubject(units, info, infoOf);
    }
    return info;
  };

  // The passive verb with a subject just before `v` (within its clause).
  function passiveBefore(v: number): VerbInfo | null {
    for (let k = v - 2; k >= 0 && k >= v - 6; k--) {
      if (word(units[k])?.lower === ';') return null;
      if (isVerb(units, k)) {
        const info = infoOf(k);
        return info.passive && info.subject ? info : null;
      }
    }
    return null;
  }

  // Speakers: "X said (that) ...", "..., X said", "according to X".
  const speakerAt = new Map<number, Speaker>();
  let accordingTo: ActorUnit | null = null;
  for (let i = 0; i < units.length; i++) {
    const w = word(units[i]);
    if (
      w?.lower === 'according' &&
      word(units[i + 1])?.lower === 'to' &&
      units[i + 2]?.kind === 'actor'
    )
      accordingTo = units[i + 2] as ActorUnit;
  }
  for (const s of verbIndexes) {
    const info = infoOf(s);
    // "charged that …", "accused that …": a charge reports a clause as speech does.
    const charge = disputingVerbs.has(info.lemma) && word(units[s + 1])?.lower === 'that';
    const speech = speechVerbs.has(info.lemma) || threatVerbs.has(info.lemma) || charge;
    const denial = denialVerbs.has(info.lemma);
    if (!speech && !denial) continue;
    const postposedAfter = units[s + 1]?.kind === 'actor' && word(units[s - 1])?.lower === ',';
    const subject = postposedAfter ? (units[s + 1] as ActorUnit) : info.subject;
    // "..., Ukrainian officials said": a subject set off by a comma after the reported clause.
    const subjectAt = info.subject ? units.indexOf(info.subject) : -1;
    const postposed =
      postposedAfter ||
      (subjectAt > 1 &&
        (word(units[subjectAt - 1])?.lower === ',' ||
          (word(units[subjectAt - 1])?.tags.has('Determiner') &&
            word(units[subjectAt - 2])?.lower === ',')));
    if (!subject && !denial) continue;
    if (postposed) {
      for (const v of verbIndexes)
        if (v < (postposedAfter ? s : subjectAt))
          speakerAt.set(v, {
            speaker: subject!,
            denial,
            threat: threatVerbs.has(info.lemma),
            accusation: disputingVerbs.has(info.lemma),
          });
    } else {
      for (const v of verbIndexes) {
        if (v <= s) continue;
        // "threatened to strike": a complement governed by the verb itself is not reported speech.
        if (infoOf(v).governor?.index === s) continue;
        if (units.slice(s, v).some((u) => word(u)?.lower === ';')) break;
        if (!speakerAt.has(v) || speakerAt.get(v)!.speaker !== subject)
          speakerAt.set(v, {
            speaker: subject ?? info.subject!,
            denial,
            threat: threatVerbs.has(info.lemma),
            accusation: disputingVerbs.has(info.lemma),
          });
      }
    }
  }

  const found: FoundRelation[] = [];
  const covered: [number, number][] = [];
  /** Clauses whose event nouns of the given types (all when empty) have not happened. */
  const blocked: [number, number, Set<string>][] = [];
  const disputed = disputedAllegation(units);
  for (const v of verbIndexes) {
    const info = infoOf(v);
    // "ready to host talks between Russia and Ukraine": nouns in a negated or planned clause are not events.
    // "blocked the release of EU aid for Ukraine": what is rejected or blocked is not asserted either.
    const condemnation = !!rulesForVerb(info.lemma)?.every((r) => r.type === 'CRITICIZE');
    if (
      (info.negated && !condemnation) ||
      HYPOTHETICAL_MODALITIES.has(info.modality) ||
      rulesForVerb(info.lemma)?.some((r) => r.type === 'REJECT')
    )
      covered.push([v, clauseEnd(units, v)]);
    // "postponed its talks with Manila", "called for a deal between A and B": the events have not happened.
    const blocking = eventBlockingVerbs.get(info.lemma);
    if (
      blocking &&
      (blocking.particles.length === 0 ||
        blocking.particles.some(
          (p) => word(units[v + 1])?.lower === p || hasParticleAfter(units, v + 1, [p]),
        ))
    )
      blocked.push([v, clauseEnd(units, v), blocking.types]);
    // "Blinken's visit to Beijing was postponed": a passive blocking verb's subject phrase has not happened.
    if (blocking && info.passive && blocking.particles.length === 0)
      blocked.push([clauseStart(units, info.chainStart), info.chainStart, blocking.types]);
    const rules = rulesForVerb(info.lemma);
    if (!rules) continue;
    const reported = speakerAt.get(v);
    // "Iran said it had sent ...": the pronoun is the speaker.
    // "Egypt said it had decided to sever ties": through a governor whose own subject is that pronoun.
    const pronounGovernor = !!info.governor?.pronounSubject && !info.governor.subject;
    if (!info.subject && info.pronounSubject && reported && (!info.governor || pronounGovernor))
      info.subject = reported.speaker;
    // "thanked Germany for the Patriot systems it has delivered": the pronoun of an object-gap relative.
    if (!info.subject && info.pronounSubject && !info.governor)
      info.subject = gapAntecedent(units, info.chainStart);
    if (info.subject && objectGapRelative(units, info)) {
      const main = mainClauseSubject(units, v, infoOf);
      if (main && main !== info.subject) info.gapTarget = main;
    }
    const outcome = applyVerbRules(units, info, rules);
    if (!outcome) continue;
    const { source, target, rule } = outcome;
    // "lifted their embargoes on Turkey": the verb rule accounts for its required noun.
    if (rule.requires && target) covered.push([v, units.indexOf(target)]);
    let { type } = rule;
    let ruleId = rule.id;
    // "sent troops to Libya to support the government": a deployment in support is military aid.
    if (type === 'MOBILIZE' && target && supportPurpose(units, units.indexOf(target) + 1)) {
      type = 'PROVIDE_AID';
      ruleId = `${rule.id}+in-support`;
    }
    // "joined the US in condemning X": joining a partner in an act is cooperating with it, not joining it.
    if (
      coAgentVerbs.has(info.lemma) &&
      verbIndexes.some((w) => infoOf(w).coAgent && infoOf(w).governor === info)
    ) {
      type = 'COOPERATE';
      ruleId = 'join-in';
    }
    let confidence = rule.confidence;
    let modality = info.modality;
    let speaker: ActorUnit | null = reported && !reported.denial ? reported.speaker : accordingTo;
    let negated = info.negated || !!reported?.denial;
    // "intends to impose", "is preparing to strike": the subject states what it means to do.
    let intent = false;
    // Walk up the governors: negation, denial, threat, plans and allegations qualify the act.
    for (
      let g = info.governor, link = info.governorLink;
      g;
      link = g.governorLink, g = g.governor
    ) {
      const gReported = speakerAt.get(g.index);
      if (g.negated || gReported?.denial || denialVerbs.has(g.lemma)) negated = true;
      else if (refusalVerbs.has(g.lemma)) {
        negated = true;
        if (
          g.lemma === 'refuse' &&
          ['SUPPORT', 'COOPERATE', 'CONSULT', 'JOIN', 'PROVIDE_AID', 'PROVIDE_ARMS'].includes(type)
        ) {
          found.push(...pairs(source, target, 'REJECT', 'reject', 0.5, speaker, 'asserted'));
        }
      } else if (threatVerbs.has(g.lemma) && link === 'to') {
        type = 'THREATEN';
        ruleId = 'threaten-to';
        modality = 'threatened';
      } else if (objectControlVerbs.has(g.lemma) && link === 'to') negated = true;
      else if (allegationVerbs.has(g.lemma) && link === 'of' && info.controller) {
        speaker = g.passive ? findAgent(units, g.index + 1) : g.subject;
        // "praised Qatar for mediating": credit, not an allegation.
        const credit =
          g.lemma === 'credit' || !!rulesForVerb(g.lemma)?.every((r) => r.type === 'SUPPORT');
        // "accused Minsk of shelling Chernihiv": the accuser's claim is coded (as criticism); the act it
        // alleges is not asserted by the writer, so it is not an event of the graph. "berated Seoul for
        // buying jets" presupposes the act, which stays, marked alleged.
        if (!credit && disputingVerbs.has(g.lemma)) negated = true;
        else if (!credit) {
          modality = 'alleged';
          confidence *= 0.6;
          // "..., a charge Abu Dhabi denied": the allegation is disputed in the same sentence.
          if (disputed) negated = true;
        }
      } else if (g.lemma === 'decide' && link === 'to' && type === 'SANCTION') {
        // "decided to sever relations with Qatar": a sanction is in force once decided.
      } else if (planVerbs[g.lemma] && planVerbs[g.lemma] !== 'asserted') {
        modality = planVerbs[g.lemma];
        confidence *= 0.7;
        if (intentVerbs.has(g.lemma) && link === 'to') intent = true;
      }
      if (g.modality !== 'asserted' && modality === 'asserted') modality = g.modality;
      if (!speaker && gReported && !gReported.denial) speaker = gReported.speaker;
    }
    if (negated) {
      // "refused to back the EU's aid package for Ukraine": nothing in a negated clause is asserted,
      // but a condemnation presupposes its object ("failed to condemn Russia's invasion of Ukraine").
      if (type !== 'CRITICIZE') covered.push([v, clauseEnd(units, v)]);
      // "the US does not recognize the Maduro regime": withholding recognition rejects the party.
      if (info.negated && type === 'SUPPORT' && withheldRecognitionVerbs.has(info.lemma))
        found.push(
          ...pairs(
            source,
            target,
            'REJECT',
            'withhold-recognition',
            confidence * 0.8,
            speaker,
            'asserted',
          ),
        );
      continue;
    }
    // "Dushanbe charged that Kyrgyz forces shelled its villages": the charge is the speaker's criticism of
    // the act's author; the act itself is only alleged, so it is not an event of the graph.
    if (reported?.accusation && HOSTILE_TYPES.has(type) && !sameActors(reported.speaker, source)) {
      found.push(
        ...pairs(
          reported.speaker,
          source,
          'CRITICIZE',
          'charge-that',
          confidence * 0.8,
          null,
          'asserted',
        ),
      );
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    // "Netanyahu warned that Israel would strike Iran": warning of a hostile act is the warner's threat.
    if (
      reported?.threat &&
      target &&
      HOSTILE_TYPES.has(type) &&
      (modality === 'possible' || modality === 'future' || conditional(units, info.chainStart))
    ) {
      found.push(
        ...pairs(
          reported.speaker,
          target,
          'THREATEN',
          'warn-that',
          confidence * 0.8,
          null,
          'threatened',
        ),
      );
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    // "Moscow will respond harshly to the sanctions", "China intends to impose sanctions on US firms": a
    // hostile act its own actor announces is a threat; one foretold by someone else is a prediction.
    if (
      target &&
      HOSTILE_TYPES.has(type) &&
      (modality === 'future' || intent) &&
      !conditional(units, info.chainStart) &&
      (!speaker || sameActors(speaker, source))
    ) {
      found.push(
        ...pairs(
          source,
          target,
          'THREATEN',
          `${ruleId}+announced`,
          confidence * 0.8,
          null,
          'threatened',
        ),
      );
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    // "will host talks", "will receive Putin": an event still to come is not an event; a commitment to
    // deliver aid or arms is one (the commitment is made now).
    if (modality === 'future' && !COMMITMENT_TYPES.has(type)) {
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    // "could supply", "plans to send", "if China invades": hypotheticals and plans are not events.
    if (
      type !== 'THREATEN' &&
      (HYPOTHETICAL_MODALITIES.has(modality) || conditional(units, info.chainStart))
    ) {
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    // "agreed to resume talks": the agreement is COOPERATE, the talks are still a plan.
    if (agreedPlanTypes.get(modality)?.has(type)) {
      covered.push([v, clauseEnd(units, v)]);
      continue;
    }
    if (modality === 'possible' || modality === 'future') confidence *= 0.75;
    if (speaker) {
      if (modality === 'asserted') modality = 'reported';
      confidence *= 0.85;
    }
    if (info.passive) confidence *= 0.95;
    // "accused each other", "exchanged fire": each party acts on the other.
    const reciprocal = !!target?.reciprocal || !!rule.reciprocal;
    // "South Korea and Japan held a summit with the US": the coordinated parties meet each other too.
    if (rule.symmetric && target && !target.reciprocal && source.actorIds.length > 1)
      found.push(...pairs(source, null, type, ruleId, confidence, speaker, modality));
    const out = pairs(
      source,
      target?.reciprocal ? null : target,
      type,
      ruleId,
      confidence,
      speaker,
      modality,
    );
    found.push(
      ...out,
      ...(reciprocal ? out.map((r) => ({ ...r, source: r.target, target: r.source })) : []),
    );
  }
  const subjectBefore = (i: number): ActorUnit | null => {
    const v = [...verbIndexes].reverse().find((x) => x < i);
    return v === undefined || clauseEnd(units, v) < i ? null : infoOf(v).subject;
  };
  // ", drawing criticism from Washington": the main clause's subject, the first verb's with one.
  const mainSubject = (i: number): ActorUnit | null => {
    for (const v of verbIndexes) if (v < i && infoOf(v).subject) return infoOf(v).subject;
    return nounPhraseOwner(units, verbIndexes.find((v) => v < i) ?? i);
  };
  // "was killed in a US drone strike": the attack noun's attributive agent and the passive verb's subject.
  const casualtyOf = (i: number): { agent: ActorUnit; victim: ActorUnit } | null => {
    let agent: ActorUnit | null = null;
    // "soldiers were killed in a clash with Chinese troops": the other side of a clash is the agent.
    const other = units[i + 2];
    const withAgent =
      word(units[i + 1])?.lower === 'with' && other?.kind === 'actor' && !other.place
        ? other
        : null;
    for (let b = i - 1; b >= 0 && b >= i - 6; b--) {
      const u = units[b];
      if (u.kind === 'actor') {
        if (u.place) return null;
        agent ??= u;
        continue;
      }
      if (u.lower === 'in' || u.lower === 'by' || u.lower === 'under') {
        let v = b - 1;
        // "were killed on Monday evening in a clash": a time adjunct may stand between.
        while (
          v > b - 5 &&
          !verbIndexes.includes(v) &&
          (TIME_WORDS.test(word(units[v])?.lower ?? '') || word(units[v])?.lower === 'on')
        )
          v--;
        agent ??= withAgent;
        if (!agent || !verbIndexes.includes(v)) return null;
        const info = infoOf(v);
        // "Kyiv came under a Russian missile attack": coming under an attack is suffering it.
        const under = u.lower === 'under' && exposureVerbs.has(info.lemma);
        if (!under && (u.lower === 'under' || !casualtyVerbs.has(info.lemma))) return null;
        const passive = under || info.passive || BE.has(word(units[v - 1])?.lower ?? '');
        if (!passive || !info.subject || info.negated || info.subject === agent) return null;
        return { agent, victim: info.subject };
      }
      if (!MODIFIER_TAGS.some((t) => u.tags.has(t))) return null;
    }
    return null;
  };
  // "launched an invasion of", "declared his support for": the subject of a light verb whose object the noun heads.
  const lightVerbAgent = (i: number): { agent: ActorUnit | null; blocked: boolean } | null => {
    const v = lightVerbBefore(units, i);
    if (v === null || !verbIndexes.includes(v)) return null;
    const info = infoOf(v);
    let blocked = info.negated || info.modality === 'possible' || !!speakerAt.get(v)?.denial;
    for (let g = info.governor; g; g = g.governor)
      if (g.negated || denialVerbs.has(g.lemma) || refusalVerbs.has(g.lemma)) blocked = true;
    return { agent: info.subject, blocked };
  };
  found.push(
    ...findNounRelations(
      units,
      speakerAt,
      accordingTo,
      verbIndexes,
      covered,
      blocked,
      subjectBefore,
      mainSubject,
      lightVerbAgent,
      casualtyOf,
    ),
  );
  found.push(...findCompoundRelations(units));
  found.push(...findPhraseRelations(units));
  found.push(...findQuoteCriticism(units, verbIndexes));
  // "Moscow said US plans were a provocation": what a speaker calls another party's act.
  const frames: EvaluationFrame[] = verbIndexes
    .filter((v) => speechVerbs.has(infoOf(v).lemma) || evaluationVerbs.has(infoOf(v).lemma))
    .map((v) => {
      const info = infoOf(v);
      const after = units[v + 1]?.kind === 'actor' && word(units[v - 1])?.lower === ',';
      const subjectAt = info.subject ? units.indexOf(info.subject) : -1;
      // "…, the ministry said.": a speaker after a comma, with the sentence or clause ending at the verb.
      const ends =
        v + 1 >= units.length ||
        [',', ';'].includes(word(units[v + 1])?.lower ?? '') ||
        /[.!?]/.test(word(units[v])?.term.post ?? '');
      const before =
        ends && subjectAt > 1 && subjectAt < v && word(units[subjectAt - 1])?.lower === ',';
      return {
        index: v,
        lemma: info.lemma,
        speaker: after ? (units[v + 1] as ActorUnit) : info.subject,
        postposed: after || before,
        speakerAt: after ? v - 1 : subjectAt - 1,
        blocked:
          info.negated ||
          info.modality !== 'asserted' ||
          !!info.governor ||
          !!speakerAt.get(v)?.denial,
      };
    });
  // "Afghanistan and Pakistan, mediated by Qatar, agreed": the mediator consults each party.
  const subjectOf = (i: number): ActorUnit | null =>
    verbIndexes.includes(i) && !infoOf(i).negated && infoOf(i).modality === 'asserted'
      ? infoOf(i).subject
      : null;
  for (const m of findMediations(units, subjectOf))
    for (const party of m.parties.actorIds)
      found.push(
        ...pairs(
          m.mediator,
          { ...m.parties, actorIds: [party] },
          'CONSULT',
          'mediate',
          0.65,
          null,
          'asserted',
        ),
      );
  for (const e of findEvaluations(units, frames))
    found.push(...pairs(e.speaker, e.target, 'CRITICIZE', 'evaluation', 0.6, null, 'asserted'));
  return found;
}

/** ", a move Paris denounced", ", a step the EU welcomed": the subject follows a comma, determiner and noun. */
function objectGapRelative(units: Unit[], info: VerbInfo): boolean {
  const at = units.indexOf(info.subject!);
  if (at < 3 || info.chainStart !== at + 1 || info.subject!.possessive) return false;
  let k = at - 1;
  if (!word(units[k])?.tags.has('Noun')) return false;
  k--;
  if (word(units[k])?.tags.has('Adjective') && !word(units[k])?.tags.has('Determiner')) k--;
  return (
    APPOSITIVE_DETERMINERS.has(word(units[k])?.lower ?? '') && word(units[k - 1])?.lower === ','
  );
}

/** A past participle followed by its "by" agent. */
function byParticiple(units: Unit[], v: number): boolean {
  const w = word(units[v])!;
  return (
    (w.tags.has('PastTense') || w.tags.has('Participle')) && word(units[v + 1])?.lower === 'by'
  );
}

/** ", a move welcomed by Washington": a participle with a "by" agent after a comma, determiner and noun. */
function appositiveParticiple(units: Unit[], v: number): boolean {
  const w = word(units[v])!;
  if (!(w.tags.has('PastTense') || w.tags.has('Participle')) || word(units[v + 1])?.lower !== 'by')
    return false;
  let k = v - 1;
  if (!word(units[k])?.tags.has('Noun')) return false;
  k--;
  if (word(units[k])?.tags.has('Adjective') && !word(units[k])?.tags.has('Determiner')) k--;
  return (
    APPOSITIVE_DETERMINERS.has(word(units[k])?.lower ?? '') && word(units[k - 1])?.lower === ','
  );
}

/** The subject of the nearest earlier verb that has one: the clause an apposition comments on. */
function mainClauseSubject(
  units: Unit[],
  v: number,
  infoOf: (v: number) => VerbInfo,
): ActorUnit | null {
  for (let k = v - 4; k >= 0; k--) {
    if (word(units[k])?.lower === ';') return null;
    if (isVerb(units, k) && infoOf(k).subject) return infoOf(k).subject;
  }
  return null;
}

/**
 * "Qatar's mediation drew praise", "the Israeli decision, condemned by Jordan,": the owner of the noun phrase
 * that opens the sentence before the verb at `end`, as the agent of what it names.
 */
function nounPhraseOwner(units: Unit[], end: number): ActorUnit | null {
  for (let k = 0; k < end; k++) {
    const u = units[k];
    if (u.kind !== 'actor') {
      if (u.lower === ',' || u.lower === ';' || isPrep(u)) return null;
      continue;
    }
    const next = word(units[k + 1]);
    const attributive = !!next?.tags.has('Noun') && !next.tags.has('ProperNoun');
    return !u.place && !u.compound && (u.possessive || attributive) ? u : null;
  }
  return null;
}

/** ", a charge Abu Dhabi denied": an allegation noun in apposition, denied by an actor. */
function disputedAllegation(units: Unit[]): boolean {
  for (let k = 1; k + 3 < units.length; k++) {
    if (
      word(units[k - 1])?.lower !== ',' ||
      !APPOSITIVE_DETERMINERS.has(word(units[k])?.lower ?? '')
    )
      continue;
    const noun = word(units[k + 1]);
    const verb = word(units[k + 3]);
    if (
      noun &&
      allegationNouns.has(noun.root) &&
      units[k + 2]?.kind === 'actor' &&
      verb &&
      denialVerbs.has(verb.root)
    )
      return true;
  }
  return false;
}

/** "If China invades Taiwan, ...": the verb group sits in a conditional clause. */
function conditional(units: Unit[], chainStart: number): boolean {
  for (let k = chainStart - 1; k >= 0 && k >= chainStart - 8; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (CONDITIONALS.has(w.lower)) return true;
    if (w.lower === ',' || w.lower === ';' || w.lower === 'that' || isVerb(units, k)) break;
  }
  // "pledging to aid each other if either is attacked": a condition after the act.
  for (let k = chainStart + 1; k < units.length && k <= chainStart + 8; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (CONDITIONALS.has(w.lower)) return true;
    if (w.lower === ',' || w.lower === ';') return false;
  }
  return false;
}

/** The unit before the clause that ends at `to` ("…, and the talks were postponed": the comma), or -1. */
function clauseStart(units: Unit[], to: number): number {
  for (let k = to - 1; k >= 0; k--) {
    const w = word(units[k])?.lower ?? '';
    if (w === ',' || w === ';' || CLAUSE_LINKS.has(w) || SUBORDINATORS.has(w)) return k;
  }
  return -1;
}

/** The last unit of the clause that starts at `from`. */
function clauseEnd(units: Unit[], from: number): number {
  for (let k = from + 1; k < units.length; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (STOP_RIGHT.has(w.lower) || w.lower === ';') return k - 1;
    if (w.lower === ',' && CLAUSE_LINKS.has(word(units[k + 1])?.lower ?? '')) return k - 1;
  }
  return units.length - 1;
}

/**
 * "Chile, which has long backed the rebels, condemned Bolivia": the actor before a relative clause set off by
 * commas is the subject of the verb right after the closing comma.
 */
function relativeParenthesisHead(units: Unit[], chainStart: number): ActorUnit | null {
  if (word(units[chainStart - 1])?.lower !== ',') return null;
  for (let k = chainStart - 2; k >= 2 && k >= chainStart - 16; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';' || w.lower === ':') return null;
    if (!RELATIVES.has(w.lower)) continue;
    if (word(units[k - 1])?.lower !== ',') return null;
    // "The US and its allies, which …": the named party heads a short phrase of nouns.
    // "and its allies": a possessive actor inside that phrase modifies a noun; it is not the head.
    let h = k - 2;
    while (
      h >= 0 &&
      h >= k - 6 &&
      (units[h].kind === 'word' || (units[h] as ActorUnit).possessive)
    ) {
      const n = word(units[h]);
      if (
        n &&
        !['Noun', 'Adjective', 'Determiner', 'Possessive', 'Pronoun'].some((t) => n.tags.has(t)) &&
        n.lower !== 'and'
      )
        return null;
      h--;
    }
    const head = units[h];
    if (head?.kind !== 'actor' || head.place || head.possessive || head.compound) return null;
    return isPrep(units[h - 1]) ? null : head;
  }
  return null;
}

/** "…, with Iran and Russia supporting Assad": in an absolute clause the actor after "with" acts. */
function absoluteClauseSubject(units: Unit[], info: VerbInfo): ActorUnit | null {
  const actor = units[info.chainStart - 1];
  return info.chainStart === info.index &&
    !!word(units[info.index])?.tags.has('Gerund') &&
    actor?.kind === 'actor' &&
    !actor.possessive &&
    !actor.place &&
    word(units[info.chainStart - 2])?.lower === 'with'
    ? actor
    : null;
}

const DASHES = new Set(['—', '–']);

/** "Tchiani – who has declared himself Niger's leader – warned …": the actor before a pair of dashes. */
function dashParenthesisHead(units: Unit[], chainStart: number): ActorUnit | null {
  if (!DASHES.has(word(units[chainStart - 1])?.root ?? '')) return null;
  for (let k = chainStart - 2; k >= 1 && k >= chainStart - 20; k--) {
    const w = word(units[k]);
    if (w?.lower !== ';') continue;
    const head = units[k - 1];
    return DASHES.has(w.root) &&
      head?.kind === 'actor' &&
      !head.possessive &&
      !head.place &&
      !head.compound
      ? head
      : null;
  }
  return null;
}

/** The subject of a verb with no governor: the nearest actor to its left in the same clause. */
function findSubject(units: Unit[], info: VerbInfo, infoOf: (v: number) => VerbInfo): void {
  // "filed a case accusing Israel", but not "accused the West of prolonging": no preposition before it.
  const participial =
    info.chainStart === info.index &&
    !!word(units[info.index])?.tags.has('Gerund') &&
    !isPrep(units[info.chainStart - 1]);
  const parenthesised =
    relativeParenthesisHead(units, info.chainStart) ??
    dashParenthesisHead(units, info.chainStart) ??
    absoluteClauseSubject(units, info);
  if (parenthesised) {
    info.subject = parenthesised;
    return;
  }
  // "Lavrov met Wang Yi in Moscow and praised ...": "and" right before the verb joins a second predicate.
  // "Turkey hosts Putin, pledges support": a headline joins its predicates with a comma alone.
  if (
    CLAUSE_LINKS.has(word(units[info.chainStart - 1])?.lower ?? '') ||
    (word(units[info.chainStart - 1])?.lower === ',' && headlineVerb(units, info.chainStart))
  ) {
    const shared = earlierPredicate(units, info.chainStart - 1, infoOf);
    if (shared) {
      info.subject = shared.subject;
      info.pronounSubject = shared.pronounSubject;
      return;
    }
  }
  for (let k = info.chainStart - 1; k >= 0 && k >= info.chainStart - 16; k--) {
    const u = units[k];
    if (u.kind === 'actor' && u.compound) continue;
    if (u.kind === 'actor') {
      const before = word(units[k - 1]);
      // "after Ankara blamed the PKK": a subordinator, not a preposition, when the verb follows at once.
      // "since Russian troops had seized", "as Azerbaijan on Tuesday launched": a body noun or a time
      // phrase may follow the actor before the verb.
      const headEnd = timePhraseEnd(
        units,
        bodyRoleNouns.has(word(units[k + 1])?.lower ?? '') ? k + 2 : k + 1,
      );
      const subordinated =
        !!before && SUBORDINATORS.has(before.lower) && headEnd === info.chainStart;
      // "at the ICJ": a determiner may stand between the preposition and its object.
      const prepAt = before?.tags.has('Determiner') && isPrep(units[k - 2]) ? k - 2 : k - 1;
      const objectOfPrep =
        before &&
        !subordinated &&
        isPrep(units[prepAt]) &&
        // "told reporters that Russia had ...": "that" introduces a clause, not an object.
        word(units[prepAt])?.lower !== 'that' &&
        !(
          (before.lower === 'of' || before.lower === 'in') &&
          ROLE_NOUN.test(word(units[k - 2])?.lower ?? '')
        );
      if (
        objectOfPrep ||
        (before?.tags.has('Verb') &&
          !before.tags.has('Auxiliary') &&
          !before.tags.has('Copula') &&
          k - 1 > 0 &&
          !speechVerbs.has(before.root))
      ) {
        // An object of an earlier verb: the shared subject comes from that verb ("attacked Kyiv and shelled Odesa").
        if (before?.tags.has('Verb') && isConjoined(units, k + 1, info.chainStart)) {
          const shared = infoOf(k - 1);
          info.subject = shared.subject;
          info.pronounSubject = shared.pronounSubject;
          return;
        }
        if (objectOfPrep || participial) continue;
        return;
      }
      info.subject = appositionHead(units, k, info.chainStart) ?? u;
      return;
    }
    const w = u as WordUnit;
    // "The Saudi news agency said the country had decided ...": a description naming no one stands for
    // the state the sentence has named, as a pronoun does.
    const described =
      DESCRIBED_STATES.has(w.lower) &&
      word(units[k - 1])?.lower === 'the' &&
      k + 1 === info.chainStart;
    if (PRONOUNS.has(w.lower) || described) {
      info.pronounSubject = true;
      // "Although Riyadh had courted Washington, it opened talks": the pronoun after a fronted clause.
      info.subject = frontedClauseSubject(units, k);
      return;
    }
    if (RELATIVES.has(w.lower) || (w.lower === 'that' && !w.tags.has('Determiner'))) {
      const prev =
        units[k - 1]?.kind === 'actor'
          ? units[k - 1]
          : word(units[k - 1])?.lower === ','
            ? units[k - 2]
            : undefined;
      if (prev?.kind === 'actor') info.subject = prev;
      return;
    }
    if (w.lower === ';' || w.lower === ':') return;
    if (
      w.tags.has('Verb') &&
      !w.tags.has('Auxiliary') &&
      !w.tags.has('Copula') &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !isNominal(units, k)
    ) {
      if (speechVerbs.has(w.root) || w.lower === 'that') return;
      // "Houthi rebels armed by Iran attacked …": a reduced participle phrase sits inside the subject.
      if (infoOf(k).reduced) continue;
      // "Russia attacked Ukraine and shelled ...": reached the earlier verb itself.
      // "filed a case at the ICJ accusing Israel": a participle clause shares the clause's subject.
      if (isConjoined(units, k + 1, info.chainStart) || participial) {
        const shared = infoOf(k);
        info.subject = shared.subject;
        info.pronounSubject = shared.pronounSubject;
        // "failed to adopt a resolution condemning ...": the participle shares the verb's negation.
        if (participial && !isConjoined(units, k + 1, info.chainStart)) {
          info.governor = shared;
          info.governorLink = 'gerund';
        }
      }
      return;
    }
  }
}

/**
 * "Weeks after meeting Xi Jinping, Lula flew …": for a gerund in a clause that opens the sentence, the main
 * clause's verb (after the comma and its actor subject), or null.
 */
function frontedGerundVerb(
  units: Unit[],
  v: number,
  verbAt: (units: Unit[], i: number) => boolean,
): number | null {
  // Only at the start: "After meeting", "Weeks after meeting", "Shortly after meeting".
  if (v - 1 > 2) return null;
  for (let k = v + 1; k < units.length && k < v + 12; k++) {
    const w = word(units[k]);
    if (w?.lower === ';' || w?.lower === ':') return null;
    if (w?.lower !== ',') continue;
    const subject = units[k + 1];
    if (subject?.kind !== 'actor' || subject.possessive || subject.place) return null;
    for (let j = k + 2; j < units.length && j <= k + 4; j++) if (verbAt(units, j)) return j;
    return null;
  }
  return null;
}

/**
 * "Although Riyadh had long courted Washington, it …", "After Islamabad closed the border, it …": a
 * pronoun subject right after a fronted subordinate clause stands for that clause's subject.
 */
function frontedClauseSubject(units: Unit[], k: number): ActorUnit | null {
  if (k < 3 || word(units[k - 1])?.lower !== ',') return null;
  const lead = word(units[0])?.lower ?? '';
  if (!SUBORDINATORS.has(lead) && !CONCESSIVES.has(lead)) return null;
  for (let j = 1; j < k - 1; j++) {
    const u = units[j];
    if (word(u)?.lower === ',') return null;
    if (u.kind !== 'actor') continue;
    if (u.possessive || u.compound || u.place || u.pronoun) return null;
    return isVerb(units, j + 1) || PERFECT.has(word(units[j + 1])?.lower ?? '') ? u : null;
  }
  return null;
}

/** The finite verb of the predicate before "and", in the same clause. */
function earlierPredicate(
  units: Unit[],
  from: number,
  infoOf: (v: number) => VerbInfo,
): VerbInfo | null {
  for (let k = from - 1; k >= 0 && k > from - 14; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';' || w.lower === ':' || RELATIVES.has(w.lower)) return null;
    if (
      isVerb(units, k) &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !speechVerbs.has(w.root)
    )
      return infoOf(k).subject ? infoOf(k) : null;
  }
  return null;
}

/** "Rafael Grossi, the head of the UN watchdog, met ...": the name before an apposition set off by commas. */
function appositionHead(units: Unit[], k: number, chainStart: number): ActorUnit | null {
  if (word(units[chainStart - 1])?.lower !== ',') return null;
  for (let j = k - 1; j >= 0 && j > k - 8; j--) {
    const u = units[j];
    if (u.kind === 'actor') continue;
    if (u.lower === ',') {
      const head = units[j - 1];
      return head?.kind === 'actor' && !head.place && !head.possessive ? head : null;
    }
    if (isVerb(units, j) || (!MODIFIER_TAGS.some((t) => u.tags.has(t)) && !isPrep(u))) return null;
  }
  return null;
}

/** "travelled to Moscow to meet Putin": the clause's verb before the object phrase a purpose infinitive follows. */
function purposeGovernor(
  units: Unit[],
  from: number,
  infoOf: (v: number) => VerbInfo,
): VerbInfo | null {
  for (let k = from; k >= 0 && k > from - 8; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ',' || w.lower === ';' || STOP_RIGHT.has(w.lower) || RELATIVES.has(w.lower))
      return null;
    if (isVerb(units, k))
      return w.tags.has('Gerund') || w.tags.has('Participle') ? null : infoOf(k);
  }
  return null;
}

/** Whether "and"/"," (then adverbs) directly precedes the verb group starting at `chainStart`. */
function isConjoined(units: Unit[], from: number, chainStart: number): boolean {
  const w = word(units[chainStart - 1]);
  if (!w || !(w.lower === 'and' || w.lower === ',' || w.lower === 'then')) return false;
  return from <= chainStart - 1;
}

interface VerbOutcome {
  source: ActorUnit;
  target: ActorUnit | null;
  rule: VerbRule;
}

/** First rule whose particle, required noun class and frame fit: source and target for the verb. */
function applyVerbRules(units: Unit[], info: VerbInfo, rules: VerbRule[]): VerbOutcome | null {
  const v = info.index;
  let placeFallback: VerbOutcome | null = null;
  for (const rule of rules) {
    // One welcomes a move, not a visit: an appositive event takes no consultation.
    if (info.appositive && rule.type === 'CONSULT') continue;
    let start = v + 1;
    if (rule.particle) {
      if (word(units[start])?.lower !== rule.particle) continue;
      start++;
    } else if (rule.requires && LIGHT_PARTICLES.has(word(units[start])?.lower ?? '')) start++;
    if (rule.voice === 'passive') {
      if (!info.passive || !info.subject) continue;
      const target = findObject(units, start, rule, info.subject);
      if (!target) continue;
      return { source: withCoAgents(units, v, info.subject), target, rule };
    }
    if (info.passive) {
      // Frames read after an active object ("held Iran responsible") are not read in the passive.
      if (rule.objectParticles || rule.complement) continue;
      const agent = findAgent(units, start);
      if (!agent) continue;
      let target = info.subject;
      if (!target || target === agent) target = findObject(units, start, rule, agent);
      if (!target) continue;
      if (
        rule.requires &&
        !hasClassWord(units, rule.requires, start, v + 12) &&
        !gapHasClass(units, info, rule.requires)
      )
        continue;
      return { source: agent, target, rule };
    }
    if (!info.subject) return null;
    if (rule.subjectClass && !subjectNames(units, info, rule.subjectClass)) continue;
    const target =
      findObject(units, start, rule, null, info.subject) ??
      (rule.type === 'CRITICIZE' || rule.type === 'SUPPORT' ? info.gapTarget : null) ??
      null;
    // The required noun lies before the target or just after it, not in a later clause ("sent a message to
    // Egypt after Ankara sent its forces to Libya": no troops were sent to Egypt).
    const end = target ? clauseWordEnd(units, units.indexOf(target) + 1, 6, rule.requires) : v + 10;
    if (
      rule.requires &&
      !hasClassWord(units, rule.requires, start, end) &&
      !gapHasClass(units, info, rule.requires)
    )
      continue;
    // A rule that does not fit gives way to the verb's next rule ("hosted officials for talks" → visit).
    if (!target && !(rule.symmetric && info.subject.actorIds.length > 1)) continue;
    if (
      rule.complement &&
      !(target && hasComplement(units, units.indexOf(target), rule.complement))
    )
      continue;
    if (
      rule.objectParticles &&
      // The word follows an object after the verb: not "villages held by the PKK".
      !(
        target &&
        units.indexOf(target) > v &&
        hasParticleAfter(units, units.indexOf(target), rule.objectParticles)
      )
    )
      continue;
    // "called NATO a threat", "called NATO expansion a threat": a noun phrase after the object is a predicate.
    const afterTarget = target ? word(units[units.indexOf(target) + 1]) : null;
    if (
      rule.bareObject &&
      afterTarget &&
      (ARTICLES.has(afterTarget.lower) ||
        (afterTarget.tags.has('Noun') && !afterTarget.tags.has('Pronoun')) ||
        afterTarget.tags.has('Adjective'))
    )
      continue;
    if (rule.inverse) {
      if (!target) continue;
      return { source: target, target: info.subject, rule };
    }
    // "fired a missile over Japan and into the Pacific": a place target gives way to a later rule's party.
    if (target?.place && rules.indexOf(rule) < rules.length - 1) {
      placeFallback ??= { source: withCoAgents(units, v, info.subject), target, rule };
      continue;
    }
    info.target = target;
    return { source: withCoAgents(units, v, info.subject), target, rule };
  }
  if (placeFallback) info.target = placeFallback.target;
  return placeFallback;
}

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/;

/** The first unit after a time phrase at `from` ("on Tuesday (Sept. 19)", "last week"), or `from`. */
function timePhraseEnd(units: Unit[], from: number): number {
  const w = word(units[from]);
  if (!w || !['on', 'last', 'this', 'earlier', 'late'].includes(w.lower)) return from;
  let k = from + 1;
  while (k < units.length && k < from + 6) {
    const u = word(units[k]);
    if (!u) break;
    if (
      TIME_WORDS.test(u.lower) ||
      MONTHS.test(u.lower) ||
      /^\d+(st|nd|rd|th)?$/.test(u.lower) ||
      u.lower === ','
    )
      k++;
    else break;
  }
  return k > from + 1 ? k : from;
}

/** The end of a window of up to `span` units from `from`, stopping before the next verb. */
function clauseWordEnd(units: Unit[], from: number, span: number, cls?: string): number {
  for (let k = from; k < from + span && k < units.length; k++) {
    // "expressed Iran's understanding": the required noun itself may be tagged as a verb.
    const w = word(units[k]);
    if (cls && w && (nounClasses[cls]?.has(w.lower) || nounClasses[cls]?.has(w.root))) continue;
    if (isVerb(units, k)) return k;
  }
  return from + span;
}

/** "sent its forces to Libya to support the government", "at the request of": a deployment in support. */
function supportPurpose(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + 10; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';') return false;
    if (w.lower === 'to' && supportVerbs.has(word(units[k + 1])?.root ?? '')) return true;
    // "at the request of", "at the government's request", "at Bamako's request".
    if (w.lower === 'request' && word(units[k - 1])?.lower === 'the') return true;
    if (
      w.lower === 'request' &&
      units.slice(Math.max(0, k - 4), k).some((u) => word(u)?.lower === 'at')
    )
      return true;
    if (w.lower === 'support' && word(units[k - 1])?.lower === 'in') return true;
  }
  return false;
}

/** "ordered French troops out", "held Iran responsible": a listed word after the target and its head nouns. */
function hasParticleAfter(units: Unit[], at: number, particles: string[]): boolean {
  for (let k = at + 1; k < units.length && k <= at + 3; k++) {
    const w = word(units[k]);
    if (!w) return false;
    if (particles.includes(w.lower)) return true;
    if (!w.tags.has('Noun') && !w.tags.has('Adjective')) return false;
  }
  return false;
}

/**
 * The noun an object-gap relative or a reduced participle modifies: "the drones (that) Iran has delivered to
 * Russia", "missiles supplied by North Korea". Its class stands for the verb's missing object.
 */
function gapHasClass(units: Unit[], info: VerbInfo, cls: string): boolean {
  let k = info.chainStart - 1;
  if (!info.reduced) {
    const before = units[k];
    const subjectHere =
      (!!info.subject && before === info.subject) ||
      (word(before) !== null && PRONOUNS.has(word(before)!.lower));
    if (!subjectHere) return false;
    k--;
    if (word(units[k])?.lower === 'that' || word(units[k])?.lower === 'which') k--;
  }
  const head = word(units[k]);
  return !!head && head.tags.has('Noun') && hasClassWord(units, cls, k, k + 1);
}

/** The party a pronoun subject after a noun stands for ("the systems it delivered"): the nearest earlier one. */
function gapAntecedent(units: Unit[], chainStart: number): ActorUnit | null {
  let k = chainStart - 2;
  if (!PRONOUNS.has(word(units[k + 1])?.lower ?? '')) return null;
  if (word(units[k])?.lower === 'that' || word(units[k])?.lower === 'which') k--;
  if (!word(units[k])?.tags.has('Noun')) return null;
  for (k--; k >= 0; k--) {
    const u = units[k];
    if (word(u)?.lower === ';') return null;
    // Not a place, an owner, a pronoun, or a modifier of the next noun ("the Patriot systems").
    if (u.kind !== 'actor' || u.place || u.possessive || u.pronoun || u.compound) continue;
    if (word(units[k + 1])?.tags.has('Noun')) continue;
    return u;
  }
  return null;
}

/** "Houthi rebels armed by Iran": a bare past participle after a noun, with a "by" actor. */
function reducedParticiple(units: Unit[], v: number, chainStart: number): boolean {
  const w = word(units[v])!;
  if (chainStart !== v || !(w.tags.has('PastTense') || w.tags.has('Participle'))) return false;
  // ", a move welcomed by Washington" is an apposition on the clause, handled apart.
  if (appositiveParticiple(units, v)) return false;
  if (word(units[v + 1])?.lower !== 'by') return false;
  const agent = word(units[v + 2])?.tags.has('Determiner') ? units[v + 3] : units[v + 2];
  if (agent?.kind !== 'actor') return false;
  const before = units[v - 1];
  if (before?.kind === 'actor') return !before.possessive && !before.pronoun;
  const bw = word(before);
  return !!bw && bw.tags.has('Noun') && !bw.tags.has('Pronoun') && !isVerb(units, v - 1);
}

/** "ordered the ambassador to leave": "to" and one of the complement verbs a few units after the target. */
function hasComplement(units: Unit[], at: number, complement: string[]): boolean {
  for (let k = at + 1; k < units.length && k <= at + 4; k++) {
    const w = word(units[k]);
    if (!w) return false;
    if (w.lower === 'to') return complement.includes(word(units[k + 1])?.root ?? '');
  }
  return false;
}

function sameActors(a: ActorUnit, b: ActorUnit): boolean {
  return (
    a.actorIds.length === b.actorIds.length && a.actorIds.every((id) => b.actorIds.includes(id))
  );
}

/** A coordination of two actor units, as one. */
function mergeActors(a: ActorUnit, b: ActorUnit): ActorUnit {
  return {
    ...a,
    actorIds: [...a.actorIds, ...b.actorIds.filter((id) => !a.actorIds.includes(id))],
  };
}

/** "Iran was admitted to BRICS alongside Egypt": actors named "alongside" the verb share its subject. */
function withCoAgents(units: Unit[], v: number, subject: ActorUnit): ActorUnit {
  for (let k = v + 1; k < units.length && k < v + 14; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (STOP_RIGHT.has(w.lower) || w.lower === ';' || w.lower === 'that' || isVerb(units, k)) break;
    if (!CO_AGENT_LINKS.has(w.lower)) continue;
    const at = word(units[k + 1])?.lower === 'with' ? k + 2 : k + 1;
    const next = word(units[at])?.tags.has('Determiner') ? units[at + 1] : units[at];
    if (next?.kind === 'actor' && !next.place) return mergeActors(subject, next);
  }
  return subject;
}

/** "... by Russia": the agent of a passive verb, a few units on. */
function findAgent(units: Unit[], from: number): ActorUnit | null {
  for (let k = from; k < units.length && k < from + 10; k++) {
    const w = word(units[k]);
    const next = units[k + 1];
    if (w?.lower === 'by' && next?.kind === 'actor' && !next.compound) return next;
    if (
      w?.lower === 'by' &&
      word(units[k + 1])?.tags.has('Determiner') &&
      units[k + 2]?.kind === 'actor'
    )
      return units[k + 2] as ActorUnit;
    if (
      w &&
      (STOP_RIGHT.has(w.lower) ||
        (w.tags.has('Verb') &&
          !w.tags.has('Gerund') &&
          !w.tags.has('Participle') &&
          !w.tags.has('Auxiliary')))
    )
      return null;
  }
  return null;
}

/** The target: the first actor reached through one of the rule's prepositions ("" = direct object). */
function findObject(
  units: Unit[],
  from: number,
  rule: VerbRule,
  exclude: ActorUnit | null,
  subject: ActorUnit | null = null,
): ActorUnit | null {
  let prep: string | null = null;
  let sawNoun = false;
  for (let k = from; k < units.length && k < from + 14; k++) {
    const u = units[k];
    // "seized an Israeli-linked ship": an owner compound names the target of an attack.
    if (
      u.kind === 'actor' &&
      u.compound &&
      rule.type === 'ATTACK' &&
      ownerParticiples.has(u.compound) &&
      rule.preps.includes(prep ?? '') &&
      u !== exclude
    )
      return u;
    if (u.kind === 'actor' && (u.compound || attributiveAgent(units, k))) {
      sawNoun = true;
      continue;
    }
    // "with Gulf Arab country Qatar": a region naming a class before the actor it describes is a modifier.
    if (
      u.kind === 'actor' &&
      u.place &&
      word(units[k + 1])?.tags.has('Noun') &&
      units[k + 2]?.kind === 'actor'
    )
      continue;
    // "deployed soldiers to its border with Belarus": the subject's own possessive is a determiner.
    if (u.kind === 'actor' && u.pronoun && u.possessive && subject && sameActors(u, subject))
      continue;
    // "condemned the government in Kabul": a government named by its seat is the state itself.
    if (
      u.kind === 'actor' &&
      prep === 'in' &&
      !u.place &&
      u !== exclude &&
      rule.preps.includes('') &&
      governingNouns.has(word(units[k - 2])?.lower ?? '') &&
      k - 2 === firstContent(units, from)
    )
      return u;
    // "expressed Iran's understanding of Russia's concerns": the owner of the rule's own noun is not its target
    // when a party follows through one of the rule's prepositions ("wrote off Zambia's debt": it is).
    if (
      u.kind === 'actor' &&
      u.possessive &&
      rule.requires &&
      rule.type !== 'ATTACK' &&
      !rule.inverse &&
      hasClassWord(units, rule.requires, k + 1, k + 3) &&
      partyThroughPrep(units, k + 1, rule.preps)
    ) {
      sawNoun = false;
      prep = null;
      continue;
    }
    if (u.kind === 'actor') {
      if (
        u !== exclude &&
        rule.preps.includes(prep ?? '') &&
        !(prep === null && sawNoun && !rule.requires) &&
        // "welcomed Germany's decision": one consults an actor, not its decision.
        !(u.possessive && rule.type === 'CONSULT')
      )
        return u;
      // "struck rebel positions in Idlib", "targets in northern Iraq": an unowned object located in a place
      // makes the place (or state) the target; "a refinery in Russia's Ryazan region": the place's named owner.
      if (
        sawNoun &&
        (LOCATIVE_PREPS.has(prep ?? '') ||
          (prep === 'on' && nounClasses.TERRITORY.has(word(units[k + 1])?.lower ?? ''))) &&
        rule.type === 'ATTACK' &&
        u !== exclude &&
        !u.pronoun &&
        locatedIn(units, k)
      ) {
        // "facilities in north-eastern Syria held by the SDF", "bases in Iraq housing US troops": an owner
        // named after the place wins.
        const heldBy = word(units[k + 1]) ? ownerByAgent(units, k + 1) : null;
        const housed =
          HOUSING.has(word(units[k + 1])?.root ?? '') && units[k + 2]?.kind === 'actor'
            ? (units[k + 2] as ActorUnit)
            : null;
        const owner = heldBy ?? housed;
        return owner && owner !== exclude ? owner : u;
      }
      // "praised Beijing's position", "declined Moscow's request": an attitude's object names its owner.
      if (u.possessive && rule.possessiveTarget && prep === null && !sawNoun && u !== exclude)
        return u;
      // "condemned the attack on Iran": an actor inside another noun's phrase is not the target.
      if (u.possessive) {
        sawNoun = false;
        prep = null;
        continue;
      }
      prep = null;
      sawNoun = true;
      continue;
    }
    const w = u as WordUnit;
    if (STOP_RIGHT.has(w.lower) && w.lower !== 'as') return null;
    if (w.lower === 'that' && (!w.tags.has('Determiner') || k === from)) {
      prep = 'that';
      continue;
    }
    // "retaliated against a terror attack by Hamas", "condemned the attack by X": an act's agent is the target.
    if (
      w.lower === 'by' &&
      sawNoun &&
      (rule.type === 'ATTACK' || rule.possessiveTarget) &&
      nounClasses.STRIKES.has(word(units[k - 1])?.lower ?? '') &&
      units[k + 1]?.kind === 'actor' &&
      units[k + 1] !== exclude
    )
      return units[k + 1] as ActorUnit;
    // "dismissed the claims by Kyiv": rejecting a claim rejects its author.
    if (
      w.lower === 'by' &&
      sawNoun &&
      rule.type === 'REJECT' &&
      CLAIM_NOUNS.has(word(units[k - 1])?.lower ?? '') &&
      units[k + 1]?.kind === 'actor' &&
      units[k + 1] !== exclude
    )
      return units[k + 1] as ActorUnit;
    if (isPrep(u)) {
      if (w.lower === 'of' && QUANTITIES.test(word(units[k - 1])?.lower ?? '')) continue;
      // "the town of Enerhodar", "the city of Goma": a place noun and "of" name the place itself.
      if (w.lower === 'of' && PLACE_HEADS.test(word(units[k - 1])?.lower ?? '')) {
        sawNoun = false;
        continue;
      }
      // "ambushed a convoy of Malian soldiers": a group noun and "of" lead to the group's owner.
      if (w.lower === 'of' && GROUP_HEADS.test(word(units[k - 1])?.lower ?? '')) {
        sawNoun = false;
        continue;
      }
      // "to the border with Guyana": the border named by its other side.
      if (w.lower === 'with' && BORDERS.test(word(units[k - 1])?.lower ?? '') && prep) continue;
      prep = w.lower;
      continue;
    }
    if (DIRECTIONS.test(w.lower) || QUANTITIES.test(w.lower)) continue;
    // "rejected the proposal put forward by Egypt", "struck facilities held by the SDF": the owner is the target.
    const owner = rule.possessiveTarget || rule.type === 'ATTACK' ? ownerByAgent(units, k) : null;
    if (owner && owner !== exclude && sawNoun) return owner;
    // "banned imports from Australia": the rule's own required noun, even when tagged as a verb.
    const required = !!rule.requires && !!nounClasses[rule.requires]?.has(w.lower);
    if (
      w.tags.has('Verb') &&
      !required &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !w.tags.has('Adjective') &&
      !isAttributiveParticiple(units, k, from)
    ) {
      if (!isNominal(units, k)) return null;
    }
    // "struck Kharkiv, and Ukrainian drones hit ...", "..., accusing Washington": a new clause.
    if (
      w.lower === ',' &&
      (CLAUSE_LINKS.has(word(units[k + 1])?.lower ?? '') || word(units[k + 1])?.tags.has('Gerund'))
    )
      return null;
    // "..., the defence ministry in Ankara said": a postposed speaker is not part of the object.
    if (w.lower === ',' && postposedSpeaker(units, k)) return null;
    if (w.lower === ',') continue;
    // "a senior Hamas commander": a noun right before an actor only modifies it.
    if (w.tags.has('Noun') && !w.tags.has('Pronoun') && units[k + 1]?.kind !== 'actor') {
      // "pushing migrants towards": an intransitive motion verb with an object is another sense.
      if (rule.intransitive && prep === null) return null;
      sawNoun = true;
    }
  }
  return null;
}

/** Whether an actor follows within a few units through one of `preps` (not the direct object). */
function partyThroughPrep(units: Unit[], from: number, preps: string[]): boolean {
  for (let k = from; k < units.length && k < from + 6; k++) {
    const w = word(units[k]);
    if (w && w.lower !== '' && isPrep(units[k]) && preps.includes(w.lower)) {
      const next = word(units[k + 1])?.tags.has('Determiner') ? units[k + 2] : units[k + 1];
      if (next?.kind === 'actor') return true;
    }
  }
  return false;
}

/** The first unit at or after `from` that is not a determiner or adjective ("the new government"). */
function firstContent(units: Unit[], from: number): number {
  let k = from;
  while (word(units[k])?.tags.has('Determiner') || word(units[k])?.tags.has('Adjective')) k++;
  return k;
}

/**
 * "in Idlib", "in northern Iraq", "in Russia's Ryazan region": an actor naming the territory itself (or its
 * owner), not a modifier ("near the Afghan border").
 */
function locatedIn(units: Unit[], k: number): boolean {
  const u = units[k] as ActorUnit;
  const next = units[k + 1];
  if (u.possessive)
    return next?.kind === 'actor' ? next.place : PLACE_HEADS.test(word(next)?.lower ?? '');
  // "on Saudi soil", "in Ukrainian territory": a demonym before a territory noun names the territory.
  if (nounClasses.TERRITORY.has(word(next)?.lower ?? '')) return true;
  return u.place || !word(next)?.tags.has('Noun');
}

/** ", the defence ministry in Ankara said": a comma opening a short phrase that ends in a speech verb. */
function postposedSpeaker(units: Unit[], k: number): boolean {
  for (let j = k + 1; j < units.length && j <= k + 7; j++) {
    const w = word(units[j]);
    if (!w) continue;
    if (w.lower === ',' || w.lower === ';') return false;
    if (w.tags.has('Verb') && !w.tags.has('Auxiliary') && !isNominal(units, j))
      return (
        speechVerbs.has(w.root) &&
        (j + 1 >= units.length ||
          word(units[j + 1])?.lower === ',' ||
          !!word(units[j + 1])?.tags.has('Punctuation') ||
          j === units.length - 1 ||
          /[.!?]/.test(word(units[j])!.term.post))
      );
  }
  return false;
}

/** "with EU mediation", "with Russian help": an actor modifying an agentive noun is not the target. */
function attributiveAgent(units: Unit[], k: number): boolean {
  const u = units[k] as ActorUnit;
  const next = word(units[k + 1]);
  return !u.possessive && !!next && agentiveNouns.has(next.lower);
}

/** "held by the SDF", "put forward by Qatar": a participle (and particle) with a "by" actor. */
function ownerByAgent(units: Unit[], k: number): ActorUnit | null {
  const w = word(units[k])!;
  if (!w.tags.has('Verb') || w.tags.has('Gerund')) return null;
  // "a deal mediated by Qatar": a go-between does not own what it brokers.
  if (mediationVerbs.has(w.root)) return null;
  let b = k + 1;
  if (word(units[b])?.lower !== 'by' && word(units[b + 1])?.lower === 'by') b++;
  if (word(units[b])?.lower !== 'by') return null;
  const next = word(units[b + 1])?.tags.has('Determiner') ? units[b + 2] : units[b + 1];
  return next?.kind === 'actor' ? next : null;
}

/** "pledged continued cooperation", "the expanded sanctions": a past participle before a noun, right after the verb or a determiner. */
function isAttributiveParticiple(units: Unit[], k: number, from: number): boolean {
  const w = word(units[k])!;
  const next = word(units[k + 1]);
  if (!w.tags.has('PastTense') || !next || !(next.tags.has('Noun') || next.tags.has('Adjective')))
    return false;
  return k === from || !!word(units[k - 1])?.tags.has('Determiner');
}

/** Nominal triggers: "Russia's invasion of Ukraine", "sanctions on Iran by the EU", "talks between X and Y". */
function findNounRelations(
  units: Unit[],
  speakerAt: Map<number, Speaker>,
  accordingTo: ActorUnit | null,
  verbIndexes: number[],
  covered: [number, number][],
  blocked: [number, number, Set<string>][],
  subjectBefore: (i: number) => ActorUnit | null,
  mainSubject: (i: number) => ActorUnit | null,
  lightVerbAgent: (i: number) => { agent: ActorUnit | null; blocked: boolean } | null,
  casualtyOf: (i: number) => { agent: ActorUnit; victim: ActorUnit } | null,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = word(units[i]);
    if (!w) continue;
    // "military aid" before "aid": a two-word trigger wins over its head.
    const pair = word(units[i - 1]) ? `${word(units[i - 1])!.lower} ${w.lower}` : '';
    const rules = rulesByNoun.get(pair) ?? rulesByNoun.get(w.lower) ?? rulesByNoun.get(w.root);
    if (!rules) continue;
    if (covered.some(([from, to]) => i > from && i <= to)) continue;
    // A trigger directly followed by an actor is a verb ("Russia strikes Ukraine"), handled by the verb rules.
    if (w.tags.has('Verb') && units[i + 1]?.kind === 'actor') continue;
    // The clause's speaker, and whether the clause is denied.
    const governing = [...verbIndexes].reverse().find((v) => v < i);
    const reported = governing !== undefined ? speakerAt.get(governing) : undefined;
    if (reported?.denial) continue;
    // "Soleimani was killed in a US drone strike": the strike's agent attacked the passive verb's subject.
    const casualty = rules.some((r) => r.type === 'ATTACK') ? casualtyOf(i) : null;
    if (casualty) {
      const speaker = reported?.speaker ?? accordingTo;
      const confidence = 0.75 * (speaker ? 0.85 : 1);
      found.push(
        ...pairs(
          casualty.agent,
          casualty.victim,
          'ATTACK',
          'killed-in-strike',
          confidence,
          speaker,
          speaker ? 'reported' : 'asserted',
        ),
      );
      continue;
    }
    for (const rule of rules) {
      const result = matchNounRule(units, i, rule);
      if (!result) continue;
      // "delayed its talks with Manila", "called for a truce between A and B": not (yet) an event.
      if (
        blocked.some(
          ([from, to, types]) => i > from && i <= to && (types.size === 0 || types.has(rule.type)),
        )
      )
        break;
      // "visited Moscow for talks with Yevkurov", "in solidarity with Hamas": an adjunct's agent is the clause subject.
      // A two-word trigger ("signing ceremony") starts at its first word.
      const head = rulesByNoun.has(pair) ? i - 1 : i;
      if (!result.agent && !result.symmetric && rule.clauseAgent && adjunctAt(units, head))
        result.agent = subjectBefore(i);
      if (!result.agent && !result.symmetric && !result.reaction) {
        const light = lightVerbAgent(i);
        if (light?.blocked) break;
        if (light?.agent && light.agent !== result.target) result.agent = light.agent;
      }
      // "drawing criticism from NATO": the reaction's source criticises the clause subject.
      if (result.reaction) {
        const subject = mainSubject(i);
        if (!subject || subject === result.target) break;
        result.agent = result.target;
        result.target = subject;
      }
      const speaker = reported?.speaker ?? accordingTo;
      const confidence = rule.confidence * (speaker ? 0.85 : 1);
      const modality = speaker ? 'reported' : 'asserted';
      if (result.symmetric) {
        const ids = result.target.actorIds;
        for (let a = 0; a < ids.length; a++) {
          for (let b = a + 1; b < ids.length; b++)
            found.push(relation(ids[a], ids[b], rule.type, rule.id, confidence, speaker, modality));
        }
      } else if (result.agent) {
        // "Ankara's purchase of a Russian system": the seller named as the target acts on the buyer.
        const [from, to] = rule.inverse
          ? [result.target, result.agent]
          : [result.agent, result.target];
        found.push(...pairs(from, to, rule.type, rule.id, confidence, speaker, modality));
      }
      break;
    }
  }
  return found;
}

function matchNounRule(
  units: Unit[],
  i: number,
  rule: NounRule,
): { agent: ActorUnit | null; target: ActorUnit; symmetric: boolean; reaction?: boolean } | null {
  if (rule.makerPreps) return makerTransfer(units, i, rule);
  // An inverse rule's class names the thing its target gave, after the target ("purchase of Swedish jets").
  if (rule.requires && !rule.inverse && !hasClassWord(units, rule.requires, i - 2, i + 1))
    return null;
  // "Russian and Iranian cooperation": coordinated parties right before a shared activity do it together.
  if (rule.symmetricPreps) {
    let b = i - 1;
    while (b > 0 && word(units[b])?.tags.has('Adjective') && !isPrep(units[b])) b--;
    const group = units[b];
    if (group?.kind === 'actor' && !group.possessive && !group.place && group.actorIds.length > 1)
      return { agent: null, target: group, symmetric: true };
  }
  // "Moscow's traditional allies, such as Kazakhstan": the listed party is the owner's ally.
  if (rule.appositionAgent) {
    const listed = suchAs(units, i + 1);
    let b = i - 1;
    while (b > 0 && word(units[b])?.tags.has('Adjective')) b--;
    const owner = units[b];
    if (listed && owner?.kind === 'actor' && owner.possessive && !owner.place)
      return { agent: listed, target: owner, symmetric: false };
  }
  // Target: a preposition then (determiners, adjectives) an actor.
  let k = i + 1;
  // "meetings Wednesday with Trump": a time word may stand before the preposition.
  if (TIME_WORDS.test(word(units[k])?.lower ?? '')) k++;
  const prep = word(units[k])?.lower ?? '';
  const symmetric = !!rule.symmetricPreps?.includes(prep);
  // "drawing criticism from NATO": after a reaction verb, "from" names who reacts.
  const reaction =
    !!rule.sourcePreps?.includes(prep) &&
    [verbBefore(units, i)?.root, verbBefore(units, i)?.lower].some((v) =>
      reactionVerbs.has(v ?? ''),
    );
  if (
    !symmetric &&
    !reaction &&
    !rule.targetPreps.includes(prep) &&
    !rule.placePreps?.includes(prep)
  )
    return null;
  k++;
  while (
    k < units.length &&
    k < i + 6 &&
    word(units[k]) &&
    MODIFIER_TAGS.some((t) => word(units[k])!.tags.has(t)) &&
    !isPrep(units[k])
  )
    k++;
  const target = units[k];
  if (target?.kind !== 'actor') return null;
  if (rule.requires && rule.inverse && !hasClassWord(units, rule.requires, k + 1, k + 6))
    return null;
  // "an attack on a British-owned tanker": an owner compound names the attacked party.
  if (target.compound && !(rule.type === 'ATTACK' && ownerParticiples.has(target.compound)))
    return null;
  // "its offensive in Nagorno-Karabakh": "in" reaches only a place.
  if (!symmetric && !target.place && (rule.placePreps ?? []).includes(prep)) return null;
  if (symmetric) return target.actorIds.length > 1 ? { agent: null, target, symmetric } : null;
  if (reaction) return { agent: null, target, symmetric: false, reaction };
  // Agent: an actor right before the noun ("Russia's", "Russian", "EU"), past a few modifiers and a word of
  // the rule's class ("the U.S. arms sales to Taiwan").
  let agent: ActorUnit | null = null;
  const classWord = !!rule.requires && hasClassWord(units, rule.requires, i - 1, i);
  for (let b = classWord ? i - 2 : i - 1; b >= 0 && b >= i - 4; b--) {
    const u = units[b];
    if (u.kind === 'actor') {
      agent = u;
      break;
    }
    // "Lukashenko, a close ally of Putin": the name an apposition describes.
    if (u.lower === ',' && rule.appositionAgent && units[b - 1]?.kind === 'actor') {
      agent = units[b - 1] as ActorUnit;
      break;
    }
    if (!MODIFIER_TAGS.some((t) => u.tags.has(t)) || isPrep(u) || u.lower === ',') break;
  }
  // Or a "by" phrase after the target.
  if (!agent) {
    for (let a = k + 1; a < units.length && a < k + 4; a++) {
      if (word(units[a])?.lower === 'by' && units[a + 1]?.kind === 'actor')
        agent = units[a + 1] as ActorUnit;
    }
  }
  return { agent, target, symmetric: false };
}

/** "the delivery of Russian missiles to Belarus": the maker on the goods gives them to the party after "to". */
function makerTransfer(
  units: Unit[],
  i: number,
  rule: NounRule,
): { agent: ActorUnit; target: ActorUnit; symmetric: false } | null {
  if (!rule.makerPreps!.includes(word(units[i + 1])?.lower ?? '')) return null;
  let m = i + 2;
  while (m < i + 5 && word(units[m]) && MODIFIER_TAGS.some((t) => word(units[m])!.tags.has(t))) m++;
  const maker = units[m];
  if (maker?.kind !== 'actor' || maker.possessive || maker.place || maker.compound) return null;
  if (rule.requires && !hasClassWord(units, rule.requires, m + 1, m + 4)) return null;
  for (let a = m + 1; a < units.length && a < m + 6; a++) {
    if (!rule.targetPreps.includes(word(units[a])?.lower ?? '')) continue;
    const target = units[a + 1];
    return target?.kind === 'actor' && !target.compound && target !== maker
      ? { agent: maker, target, symmetric: false }
      : null;
  }
  return null;
}

/** "…, such as Kazakhstan", "like Belarus", "including Syria": the party a list after a noun names first. */
function suchAs(units: Unit[], from: number): ActorUnit | null {
  let k = from;
  if (word(units[k])?.lower === ',') k++;
  if (word(units[k])?.lower === 'such' && word(units[k + 1])?.lower === 'as') k += 2;
  else if (['like', 'including'].includes(word(units[k])?.lower ?? '')) k++;
  else return null;
  const u = units[k];
  return u?.kind === 'actor' && !u.place && !u.possessive ? u : null;
}

/** "drawing a sharp protest from": the word before the noun's determiners and adjectives. */
function verbBefore(units: Unit[], i: number): WordUnit | null {
  let b = i - 1;
  while (
    word(units[b]) &&
    (word(units[b])!.tags.has('Determiner') || word(units[b])!.tags.has('Adjective'))
  )
    b--;
  return word(units[b]);
}

/** The verb whose object phrase the noun at `i` heads: "launched [a full-scale invasion]", "carried out [dozens of attacks]". */
function lightVerbBefore(units: Unit[], i: number): number | null {
  for (let b = i - 1; b >= 0 && b >= i - 6; b--) {
    const u = units[b];
    const w = word(u);
    if (!w) {
      // "declared its support": a pronoun resolved to the subject is only a determiner here.
      if (u.kind === 'actor' && u.pronoun && u.possessive) continue;
      return null;
    }
    if (LIGHT_PARTICLES.has(w.lower) && b < i - 1) continue;
    if (lightVerbs.has(w.root) && w.tags.has('Verb')) return b;
    // "claimed responsibility for a drone attack": the claimant is the attack's agent.
    if (w.lower === 'for' && responsibilityNouns.has(word(units[b - 1])?.lower ?? '')) {
      const v = word(units[b - 2])?.tags.has('Determiner') ? b - 3 : b - 2;
      const verb = word(units[v]);
      return verb && responsibilityVerbs.has(verb.root) && verb.tags.has('Verb') ? v : null;
    }
    if (w.lower === 'of' && QUANTITIES.test(word(units[b - 1])?.lower ?? '')) continue;
    if (['his', 'her', 'their', 'its'].includes(w.lower)) continue;
    if (!MODIFIER_TAGS.some((t) => w.tags.has(t)) || isPrep(u) || w.lower === ',') return null;
  }
  return null;
}

/** A noun trigger opening an adjunct: "for talks with", "in solidarity with", past determiners and adjectives. */
function adjunctAt(units: Unit[], i: number): boolean {
  for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
    const u = word(units[b]);
    if (!u) return false;
    if (ADJUNCT_PREPS.has(u.lower)) return true;
    if (!u.tags.has('Determiner') && !u.tags.has('Adjective')) return false;
  }
  return false;
}

/** "the Iranian-backed Houthis": a hyphenated compound relating its actor to the actor it modifies. */
function findCompoundRelations(units: Unit[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'actor' || !u.compound) continue;
    const rule = compoundRules.find((r) => r.participles.includes(u.compound!));
    if (!rule) continue;
    // The participle, then modifiers, then the modified actor.
    for (let k = i + 2; k < units.length && k < i + 5; k++) {
      const t = units[k];
      if (t.kind === 'actor') {
        found.push(...pairs(u, t, rule.type, rule.id, rule.confidence, null, 'asserted'));
        break;
      }
      if (!MODIFIER_TAGS.some((tag) => t.tags.has(tag)) || isPrep(t) || t.tags.has('Plural')) break;
    }
  }
  return found;
}

/** Phrase rules' word sequences, longest first. */
const PHRASES = phraseRules
  .flatMap((rule) => rule.phrases.map((p) => ({ rule, words: p.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * "Turkey remains at odds with Sweden", "Hungary, long at loggerheads with Brussels,", "Israel at war with
 * Hamas": a relation phrase after its actor (across copulas, adverbs and commas only) and before its target.
 */
function findPhraseRelations(units: Unit[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i < units.length; i++) {
    let end = i;
    const hit = PHRASES.find(({ words }) => {
      // Adjectives may sit inside the phrase: "locked in a bitter feud with".
      let k = i;
      for (const [j, w] of words.entries()) {
        while (j > 0 && word(units[k])?.lower !== w && word(units[k])?.tags.has('Adjective')) k++;
        if (word(units[k])?.lower !== w) return false;
        k++;
      }
      end = k;
      return true;
    });
    if (!hit) continue;
    const { rule } = hit;
    let source: ActorUnit | null = null;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const u = units[k];
      if (u.kind === 'actor') {
        if (!u.place && !u.compound && !u.possessive) source = u;
        break;
      }
      if (!phraseRelationGap.has(u.lower) && u.lower !== ',' && !u.tags.has('Adverb')) break;
      if (negators.has(u.lower) || u.tags.has('Negative')) break;
    }
    let target: ActorUnit | null = null;
    for (let k = end; k < units.length && k < end + 3; k++) {
      const u = units[k];
      if (u.kind === 'actor') {
        if (!u.compound && (!u.place || rule.type === 'ATTACK')) target = u;
        break;
      }
      if (!u.tags.has('Determiner')) break;
    }
    if (source && target)
      found.push(...pairs(source, target, rule.type, rule.id, rule.confidence, null, 'asserted'));
  }
  return found;
}

function relation(
  source: string,
  target: string,
  type: string,
  rule: string,
  confidence: number,
  speaker: ActorUnit | null,
  modality: string,
): FoundRelation {
  return {
    source,
    target,
    type,
    rule,
    confidence: Math.round(confidence * 1000) / 1000,
    speaker: speaker?.actorIds[0] ?? null,
    modality,
  };
}

/** Every source with every target; a coordinated subject with no target relates its members pairwise. */
function pairs(
  source: ActorUnit,
  target: ActorUnit | null,
  type: string,
  rule: string,
  confidence: number,
  speaker: ActorUnit | null,
  modality: string,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!target) {
    const ids = source.actorIds;
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++)
        out.push(relation(ids[a], ids[b], type, rule, confidence * 0.95, speaker, modality));
    }
    return out;
  }
  for (const s of source.actorIds)
    for (const t of target.actorIds)
      out.push(relation(s, t, type, rule, confidence, speaker, modality));
  return out;
}

/**
 * "“This is a reckless provocation,” Beijing said of the Philippine mission": a quotation attributed with
 * "X said of Y" is X's criticism of Y when its words condemn (quoteCriticism); a neutral quote gives nothing.
 */
function findQuoteCriticism(units: Unit[], verbIndexes: number[]): FoundRelation[] {
  for (let q = 0; q < units.length - 3; q++) {
    const close = word(units[q]);
    if (!close || !/[”"]/.test(close.term.post)) continue;
    // The comma inside the quotation is its own unit, on the same term.
    const at = word(units[q + 1])?.term === close.term ? q + 1 : q;
    const speaker = units[at + 1];
    const verb = word(units[at + 2]);
    if (speaker?.kind !== 'actor' || speaker.possessive || speaker.place || speaker.pronoun)
      return [];
    if (!verb || !speechVerbs.has(verb.root) || !verbIndexes.includes(at + 2)) return [];
    if (word(units[at + 3])?.lower !== 'of') return [];
    if (!units.slice(0, q + 1).some((u) => quoteCriticism.has(word(u)?.lower ?? ''))) return [];
    for (let k = at + 4; k < units.length && k <= at + 8; k++) {
      const u = units[k];
      if (u.kind !== 'actor') {
        if (word(u)?.lower === ',' || isVerb(units, k)) return [];
        continue;
      }
      if (u.place || sameActors(u, speaker)) return [];
      return pairs(speaker, u, 'CRITICIZE', 'quote-of', 0.65, null, 'asserted');
    }
    return [];
  }
  return [];
}
