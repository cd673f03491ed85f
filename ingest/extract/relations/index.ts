// Relation finding over a sentence's units: verb frames (active, passive, controlled, reported) and nominal triggers.
import { type EvaluationFrame, findEvaluations } from '../evaluations.ts';
import { rulesForVerb } from '../fallback-verbs/index.ts';
import {
  adverbialGerundPrepositions,
  agreedPlanTypes,
  allegationVerbs,
  articles,
  beForms,
  casualtyVerbs,
  causativeVerbs,
  coAgentVerbs,
  decisionNouns,
  denialVerbs,
  disputingVerbs,
  evaluationVerbs,
  eventBlockingVerbs,
  exposureVerbs,
  gerundPrepositions,
  intentVerbs,
  modalAuxiliaries,
  negatingDeterminers,
  negators,
  objectControlVerbs,
  onsetVerbs,
  pendingPredicates,
  perfectAuxiliaries,
  planNouns,
  planVerbs,
  pledgeVerbs,
  pronouns,
  proposalNouns,
  refusalVerbs,
  reportedFutureModals,
  sitePrepositions,
  speechVerbs,
  threatVerbs,
  timeWords,
  withheldRecognitionVerbs,
} from '../lexicon.ts';
import { findMediations } from '../mediation.ts';
import { verbRules } from '../rules.ts';
import type { ActorUnit, Unit } from '../units.ts';
import {
  clauseEnd,
  clauseStart,
  conditional,
  disputedAllegation,
  timePhraseEnd,
} from './clauses.ts';
import { mergeActors, pairs, sameActors } from './found.ts';
import { findNounRelations, lightVerbBefore } from './noun-events.ts';
import { findAgent } from './object.ts';
import { findCompoundRelations, findPhraseRelations } from './phrases.ts';
import { findPostureResponses } from './posture.ts';
import { findQuoteCriticism } from './quote-criticism.ts';
import {
  appositiveParticiple,
  byParticiple,
  findSubject,
  frontedGerundVerb,
  gapAntecedent,
  mainClauseSubject,
  nounPhraseOwner,
  objectGapRelative,
  purposeGovernor,
  reducedParticiple,
} from './subject.ts';
import {
  COMMITMENT_TYPES,
  type FoundRelation,
  HOSTILE_TYPES,
  HYPOTHETICAL_MODALITIES,
  MODIFIER_TAGS,
  type Speaker,
  type VerbInfo,
} from './types.ts';
import { applyVerbRules, hasParticleAfter, supportPurpose } from './verb-frames.ts';
import { hasClassWord, isPrep, isVerb, lemmaOf, word } from './words.ts';

export type { FoundRelation } from './types.ts';

/** The rule a proposal of talks is coded by, whether a verb ("proposed talks") or a noun frames it. */
const PROPOSAL_RULE = verbRules.find((r) => r.id === 'propose-talks');

/** Words after be + participle that mark a passive (or stative) reading. */
const STATIVE_PASSIVE_NEXT = new Set(['by', 'about', 'over', 'that']);

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
      else if (modalAuxiliaries[u.lower]) {
        info.modality = info.modality === 'asserted' ? modalAuxiliaries[u.lower] : info.modality;
        info.modal ??= u.lower;
      } else if (beForms.has(u.lower) || beForms.has(u.root)) sawBe = true;
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
        !(perfectAuxiliaries.has(u.lower) && k === v - 1)
      )
        break;
    }
    info.chainStart = k + 1;
    // "was struck by", and the stative "is deeply concerned about / alarmed that", which compromise may not tag.
    if (
      sawBe &&
      (w.tags.has('PastTense') || w.tags.has('Participle')) &&
      STATIVE_PASSIVE_NEXT.has(word(units[v + 1])?.lower ?? '')
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
      // "has yet to ratify", "is yet to sign": not done so far.
      if (word(units[g])?.lower === 'yet') info.negated = true;
      // "Sweden's bid to join NATO", "a plan to send troops": an infinitive after a plan noun is not an event.
      if (planNouns.has(word(units[g])?.root ?? '') || planNouns.has(word(units[g])?.lower ?? ''))
        info.modality = 'planned';
      // "is set to impose", "are due to meet", "is likely to strike": what is still to come.
      const be = word(units[g - 1]);
      if (
        pendingPredicates.has(word(units[g])?.lower ?? '') &&
        be &&
        (beForms.has(be.lower) || beForms.has(be.root))
      )
        info.modality = 'planned';
      // "saw no need to retaliate", "has no intention to attack": a negated noun negates its infinitive.
      if (
        word(units[g])?.tags.has('Noun') &&
        negatingDeterminers.has(word(units[g - 1])?.lower ?? '')
      )
        info.negated = true;
      if (units[g]?.kind === 'actor' && isVerb(units, g - 1)) {
        info.governor = infoOf(g - 1);
        info.controller = units[g] as ActorUnit;
        // "joined Germany and Italy to condemn …": those joined act too, as with "joined X in condemning".
        info.coAgent = coAgentVerbs.has(info.governor.lemma);
      } else if (g >= 0 && isVerb(units, g)) info.governor = infoOf(g);
      else info.governor = purposeGovernor(units, g, infoOf);
      info.governorLink = 'to';
    } else if (w.tags.has('Gerund') && before && gerundPrepositions.has(before.lower)) {
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
        } else if (passive && adverbialGerundPrepositions.has(before.lower)) {
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
    // "Targeting Turkey's economy, Trump announced …": so does a participle clause that opens the sentence.
    const fronted =
      !info.governor &&
      w.tags.has('Gerund') &&
      (adverbialGerundPrepositions.has(before?.lower ?? '') || info.chainStart === 0)
        ? frontedGerundVerb(units, v, isVerb)
        : null;
    // "…, while blaming the United States": a trailing adverbial gerund has the clause's subject.
    const trailing =
      fronted === null &&
      !info.governor &&
      w.tags.has('Gerund') &&
      adverbialGerundPrepositions.has(before?.lower ?? '') &&
      word(units[info.chainStart - 2])?.lower === ','
        ? [...verbIndexes].reverse().find((x) => x < info.chainStart - 2)
        : undefined;
    // "Beijing's decision to impose tariffs on US goods": the decision's owner does what it decided.
    const decider = info.governorLink === 'to' ? decisionOwner(units, info.chainStart - 2) : null;
    // "Kyiv's proposal to resume talks", "a proposal by Lima on Friday to reopen talks": the proposer.
    const proposer =
      info.governorLink === 'to' && !decider ? proposalOwner(units, info.chainStart - 2) : null;
    if (fronted !== null) info.subject = infoOf(fronted).subject;
    else if (trailing !== undefined) info.subject = infoOf(trailing).subject;
    else if (decider) {
      info.subject = decider;
      info.decided = true;
    } else if (proposer) {
      info.subject = proposer;
      info.proposed = true;
      info.modality = 'planned';
    } else if (info.governor) {
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
  // "said Turkey would send experts": in reported speech, "would" is the speaker's "will".
  const modalityOf = (x: VerbInfo): string =>
    x.modal && reportedFutureModals.has(x.modal) && afterPastSpeech(units, x.chainStart)
      ? 'future'
      : x.modality;
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
    // "After the attack, Chile said that …": a subject after a fronted phrase's comma, whose verb goes on to
    // what it says, is not postposed.
    const next = units[s + 1];
    const saysAfter =
      next?.kind === 'actor' ||
      word(next)?.lower === 'that' ||
      articles.has(word(next)?.lower ?? '') ||
      pronouns.has(word(next)?.lower ?? '');
    const postposed =
      postposedAfter ||
      (subjectAt > 1 &&
        !saysAfter &&
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
    // "A ceasefire between A and B is set to begin", "talks between them will take place": an event that is
    // still to begin has not happened; the event nouns of its subject are not events.
    if (onsetAt(units, v, info.lemma) && eventPending(info))
      blocked.push([
        clauseStart(
          units,
          (info.governorLink === 'to' && info.governor ? info.governor : info).chainStart,
        ),
        info.chainStart,
        new Set(),
      ]);
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
    const outcome = applyVerbRules(units, info, rules, reported?.speaker ?? accordingTo);
    if (!outcome) continue;
    const { source, target, rule } = outcome;
    // "lifted their embargoes on Turkey": the verb rule accounts for its required noun.
    if (rule.requires && target) covered.push([v, units.indexOf(target)]);
    let { type } = rule;
    let ruleId = rule.id;
    // "sent troops to Libya to support the government": a deployment in support is military aid.
    // "launched air strikes in Syria in support of the government": strikes flown in a state for its
    // government back it; they are not an attack on it.
    const site =
      target && sitePrepositions.has(word(units[units.indexOf(target) - 1])?.lower ?? '');
    if (
      (type === 'MOBILIZE' || (type === 'ATTACK' && site)) &&
      target &&
      supportPurpose(units, units.indexOf(target) + 1)
    ) {
      type = 'PROVIDE_AID';
      ruleId = `${rule.id}+in-support`;
    }
    // "sent military experts to support the government in Libya": the deployment's purpose names whom it aids.
    const deployer = info.governorLink === 'to' ? info.governor : null;
    if (
      type === 'SUPPORT' &&
      deployer &&
      rulesForVerb(deployer.lemma)?.some((r) => r.id === 'deploy-troops') &&
      hasClassWord(units, 'TROOPS', deployer.index + 1, v)
    ) {
      type = 'PROVIDE_AID';
      ruleId = 'deploy-troops+in-support';
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
    let modality = modalityOf(info);
    // "Beijing's decision to impose tariffs": a sanction is in force once decided, as after "decided to".
    if (info.decided && type === 'SANCTION' && modality === 'planned') modality = 'asserted';
    // "Hamas will be held accountable": blame stated now of a reckoning to come is a warning now.
    if (info.passive && rule.objectParticles && !info.negated) modality = 'asserted';
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
      } else if (objectControlVerbs.has(g.lemma) && link === 'to') {
        // "urged members to hold Moscow accountable": a call on others (no party named) to blame a party
        // blames it; "urged Turkey to condemn X" leaves the condemning to Turkey.
        if (type === 'CRITICIZE' && !info.controller && g.subject === source)
          ruleId = `${ruleId}+urged`;
        else negated = true;
      } else if (allegationVerbs.has(g.lemma) && link === 'of' && info.controller) {
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
      if (g.modality !== 'asserted' && modality === 'asserted') modality = modalityOf(g);
      if (!speaker && gReported && !gReported.denial) speaker = gReported.speaker;
    }
    // "proposed to hold talks with Chile", "a proposal by Lima to reopen negotiations with Quito": the talks
    // have not happened, but proposing them is itself verbal cooperation, coded as the direct rule does.
    const proposing =
      info.proposed ||
      (info.governorLink === 'to' &&
        !!info.governor &&
        !!PROPOSAL_RULE?.verbs.includes(info.governor.lemma));
    if (proposing && type === 'CONSULT' && PROPOSAL_RULE && !intent) {
      type = PROPOSAL_RULE.type;
      ruleId = PROPOSAL_RULE.id;
      confidence = PROPOSAL_RULE.confidence;
      modality = 'asserted';
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
    // "South Korea and Japan held a summit with the US": the coordinated parties meet each other too; those who
    // each "normalized relations with Israel" did not do so with each other. "began joint drills in the Gulf of
    // Oman": a place is where they act together.
    if (
      rule.symmetric &&
      (type === 'CONSULT' || !!target?.place) &&
      target &&
      !target.reciprocal &&
      source.actorIds.length > 1
    )
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
    if (v !== undefined) return clauseEnd(units, v) < i ? null : infoOf(v).subject;
    // "During joint drills with Chile, Argentine jets crashed": a fronted adjunct's clause is the main clause.
    const next = verbIndexes.find((x) => x > i);
    return next === undefined ? null : infoOf(next).subject;
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
        // "died on Friday night in a clash": a time adjunct may stand between.
        while (
          v > b - 5 &&
          !verbIndexes.includes(v) &&
          (timeWords.has(word(units[v])?.lower ?? '') || word(units[v])?.lower === 'on')
        )
          v--;
        agent ??= withAgent;
        if (!agent || !verbIndexes.includes(v)) return null;
        const info = infoOf(v);
        // "Kyiv came under a Russian missile attack": coming under an attack is suffering it.
        const under = u.lower === 'under' && exposureVerbs.has(info.lemma);
        if (!under && (u.lower === 'under' || !casualtyVerbs.has(info.lemma))) return null;
        const passive = under || info.passive || beForms.has(word(units[v - 1])?.lower ?? '');
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
  found.push(...findPostureResponses(units, verbIndexes, subjectOf));
  for (const e of findEvaluations(units, frames))
    found.push(...pairs(e.speaker, e.target, 'CRITICIZE', 'evaluation', 0.6, null, 'asserted'));
  return found;
}

/** "Beijing's decision to …", "the Chilean move to …": the owner of a decision noun at `g`, before its modifiers. */
function decisionOwner(units: Unit[], g: number): ActorUnit | null {
  if (!decisionNouns.has(word(units[g])?.lower ?? '')) return null;
  for (let b = g - 1; b >= 0 && b >= g - 4; b--) {
    const u = units[b];
    if (u.kind === 'actor')
      return (u.possessive || word(units[b + 1])?.tags.has('Adjective') || b === g - 1) &&
        !u.place &&
        !u.compound
        ? u
        : null;
    if (!MODIFIER_TAGS.some((t) => u.tags.has(t)) || isPrep(u)) return null;
  }
  return null;
}

/** "begin", "take place": a verb of an event's onset at `v`, one word or with its particle. */
function onsetAt(units: Unit[], v: number, lemma: string): boolean {
  return onsetVerbs.has(lemma) || onsetVerbs.has(`${lemma} ${word(units[v + 1])?.lower ?? ''}`);
}

/** "will begin", "is set to begin", "is expected to take place": the verb's act is still to come. */
function eventPending(info: VerbInfo): boolean {
  if (info.modality === 'future' || HYPOTHETICAL_MODALITIES.has(info.modality)) return true;
  const g = info.governorLink === 'to' ? info.governor : null;
  return (
    !!g && (g.modality === 'future' || (!!planVerbs[g.lemma] && planVerbs[g.lemma] !== 'asserted'))
  );
}

/**
 * The owner of a proposal noun whose infinitive starts after `g`: "Kyiv's proposal to", "a proposal by Lima (on
 * Friday) to". Null when there is none.
 */
function proposalOwner(units: Unit[], g: number): ActorUnit | null {
  const end = g + 1;
  for (let n = g; n >= 0 && n >= g - 5; n--) {
    const w = word(units[n]);
    if (!w || !proposalNouns.has(w.lower)) continue;
    // "a proposal by Lima (on Friday) to": the agent, then at most a time phrase, before "to".
    if (word(units[n + 1])?.lower === 'by') {
      const agent = units[n + 2];
      if (agent?.kind !== 'actor' || agent.place) return null;
      return timePhraseEnd(units, n + 3) === end || n + 3 === end ? agent : null;
    }
    if (n !== g) return null;
    const before = units[n - 1];
    return before?.kind === 'actor' && before.possessive && !before.place ? before : null;
  }
  return null;
}

/** A past speech verb shortly before, in the same clause chain: "said (that) Turkey would send". */
function afterPastSpeech(units: Unit[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const u = word(units[k]);
    if (u?.lower === ';') return false;
    // "pledged the United States would continue to …": a pledge reports its own future as speech does.
    const reporting = [u?.lower ?? '', u?.root ?? ''].some(
      (x) => speechVerbs.has(x) || pledgeVerbs.has(x),
    );
    if (u && (u.tags.has('PastTense') || u.tags.has('Gerund')) && reporting) return true;
  }
  return false;
}
