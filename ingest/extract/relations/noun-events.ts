// Noun events: nominal triggers ("Russia's invasion of Ukraine", "sanctions on Iran by the EU").
import {
  adjunctPrepositions,
  beForms,
  eventNounPassives,
  lightParticles,
  lightVerbs,
  listOpeners,
  ownerParticiples,
  possessiveDeterminers,
  quantities,
  reactionVerbs,
  responsibilityNouns,
  responsibilityVerbs,
  sitePrepositions,
  timeWords,
  unrealisedModifiers,
  unrealisingHeads,
} from '../lexicon.ts';
import { type NounRule, rulesByNoun } from '../rules.ts';
import type { ActorUnit, Unit, WordUnit } from '../units.ts';
import { timePhraseEnd } from './clauses.ts';
import { pairs, relation } from './found.ts';
import { type FoundRelation, MODIFIER_TAGS, type Speaker } from './types.ts';
import { hasClassWord, isNominal, isPrep, word } from './words.ts';

/** Nominal triggers: "Russia's invasion of Ukraine", "sanctions on Iran by the EU", "talks between X and Y". */
export function findNounRelations(
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
    // "Chile and Peru called on Bolivia": a past form reaches a noun trigger only through its root; it is a verb.
    if (!rulesByNoun.has(pair) && !rulesByNoun.has(w.lower) && w.tags.has('PastTense')) continue;
    if (unrealisedNoun(units, rulesByNoun.has(pair) ? i - 1 : i)) continue;
    const inCovered = covered.some(([from, to]) => i > from && i <= to);
    if (inCovered && !rules.some((r) => r.type === 'ATTACK')) continue;
    // A trigger directly followed by an actor is a verb ("Russia strikes Ukraine"), handled by the verb rules.
    if (w.tags.has('Verb') && units[i + 1]?.kind === 'actor') continue;
    // The clause's speaker, and whether the clause is denied.
    const governing = [...verbIndexes].reverse().find((v) => v < i);
    const reported = governing !== undefined ? speakerAt.get(governing) : undefined;
    if (reported?.denial) continue;
    // "a general was killed in a Chilean drone strike": the strike's agent attacked the passive verb's subject.
    const casualty = rules.some((r) => r.type === 'ATTACK') && !inCovered ? casualtyOf(i) : null;
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
      // "In a joint statement, Chile and Peru …": a shared activity in an adjunct is done by the coordinated subject.
      const head = rulesByNoun.has(pair) ? i - 1 : i;
      const result =
        matchNounRule(units, i, rule) ??
        (rule.symmetricPreps &&
        rule.clauseAgent &&
        adjunctAt(units, head) &&
        (!rule.requires || hasClassWord(units, rule.requires, i - 2, i + 1))
          ? coordinatedSubject(subjectBefore(i), units, i)
          : null);
      if (!result) continue;
      // "to end Russia's war against Ukraine", "arming Russia for its war in Ukraine": a war or attack its
      // owner's possessive names is a fact the clause presupposes, whatever the clause's own status.
      if (inCovered && !presupposedAttack(units, i, rule, result)) break;
      // "delayed its talks with Manila", "called for a truce between A and B": not (yet) an event.
      if (
        blocked.some(
          ([from, to, types]) => i > from && i <= to && (types.size === 0 || types.has(rule.type)),
        )
      )
        break;
      // "visited Moscow for talks with Yevkurov", "in solidarity with Hamas": an adjunct's agent is the clause subject.
      // A two-word trigger ("signing ceremony") starts at its first word (head, above).
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
          for (let b = a + 1; b < ids.length; b++) {
            found.push(relation(ids[a], ids[b], rule.type, rule.id, confidence, speaker, modality));
            if (rule.reciprocal)
              found.push(
                relation(ids[b], ids[a], rule.type, rule.id, confidence, speaker, modality),
              );
          }
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

/** A noun trigger's parties: its agent (if found) and target, or a coordinated group acting together. */
interface NounMatch {
  agent: ActorUnit | null;
  target: ActorUnit;
  symmetric: boolean;
  reaction?: boolean;
}

function matchNounRule(units: Unit[], i: number, rule: NounRule): NounMatch | null {
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
  // "talks last month between A and B": so may a time phrase.
  if (timeWords.has(word(units[k])?.lower ?? '')) k++;
  else k = timePhraseEnd(units, k);
  // "the exercise “Iron Shield” between A and B": an event's quoted name stands before the preposition.
  k = pastQuotedName(units, k);
  // "Talks were held on Monday between A and B": an event noun's own passive stands before it too.
  k = pastOwnPassive(units, k);
  // "Lima's purchase and trials of a Chilean radar": a second noun shares the first one's preposition.
  if (
    word(units[k])?.lower === 'and' &&
    word(units[k + 1])?.tags.has('Noun') &&
    isPrep(units[k + 2])
  )
    k += 2;
  const prep = word(units[k])?.lower ?? '';
  // "a joint patrol by Chilean and Peruvian frigates": a shared activity's coordinated agents do it together.
  const symmetric =
    !!rule.symmetricPreps?.includes(prep) || (!!rule.symmetricPreps && prep === 'by');
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
  // "the Turks' assault against Kurdish fighters in Syria": an attack on no named party is one on the state
  // (or place) where it happens.
  const target =
    units[k]?.kind === 'actor'
      ? units[k]
      : rule.type === 'ATTACK' && !symmetric
        ? siteOf(units, k)
        : null;
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

/** "against Kurdish fighters and civilians in Syria": the place a short object phrase at `k` is located in. */
function siteOf(units: Unit[], k: number): ActorUnit | null {
  for (let j = k; j < units.length && j < k + 7; j++) {
    const u = units[j];
    if (u.kind === 'actor') return null;
    if (sitePrepositions.has(u.lower)) {
      const place = units[j + 1];
      return place?.kind === 'actor' && !place.possessive && !place.compound ? place : null;
    }
    if (u.tags.has('Verb') || u.lower === ',' || (isPrep(u) && u.lower !== 'of')) return null;
  }
  return null;
}

/** "Russia's war against Ukraine", not "Russia's planned offensive": an attack named by its owner, as done. */
function presupposedAttack(units: Unit[], i: number, rule: NounRule, m: NounMatch): boolean {
  if (rule.type !== 'ATTACK' || !m.agent?.possessive || m.symmetric) return false;
  const at = units.indexOf(m.agent);
  return (
    at >= 0 &&
    at < i &&
    !units.slice(at + 1, i).some((u) => unrealisedModifiers.has(word(u)?.lower ?? ''))
  );
}

/**
 * "a possible war with Iran", "fears of a full-scale war between A and B", "on the brink of war with": the noun
 * phrase names an event that has not happened. Looks left over the phrase's modifiers to its determiner or "of".
 */
function unrealisedNoun(units: Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const u = units[k];
    if (u.kind === 'actor') {
      if (u.possessive) return false;
      continue;
    }
    if (unrealisedModifiers.has(u.lower)) return true;
    if (u.lower === 'of') return unrealisingHeads.has(word(units[k - 1])?.lower ?? '');
    if (!u.tags.has('Determiner') && !MODIFIER_TAGS.some((t) => u.tags.has(t))) return false;
  }
  return false;
}

/** The index after "was/were held (on Monday)" at `k`, or `k` when no such passive of an event noun starts there. */
function pastOwnPassive(units: Unit[], k: number): number {
  const be = word(units[k]);
  const held = word(units[k + 1]);
  if (!be || !held || !(beForms.has(be.lower) || beForms.has(be.root))) return k;
  if (!eventNounPassives.has(held.lower)) return k;
  return timePhraseEnd(units, k + 2);
}

/** The index after a short quoted name starting at `k` ("“Iron Shield”"), or `k` when none starts there. */
function pastQuotedName(units: Unit[], k: number): number {
  if (!/[“"]/.test(word(units[k])?.term.pre ?? '')) return k;
  for (let e = k; e < units.length && e < k + 5; e++)
    if (/[”"]/.test(word(units[e])?.term.post ?? '')) return e + 1;
  return k;
}

/**
 * Several parties named as one subject act together; one party alone has no partner here. Parties that act
 * "with" another before the adjunct ("normalized relations with Israel during a ceremony") did it with that one.
 */
function coordinatedSubject(subject: ActorUnit | null, units: Unit[], i: number): NounMatch | null {
  if (!subject || subject.place || subject.actorIds.length < 2) return null;
  const at = units.indexOf(subject);
  for (let k = at + 1; k < i; k++)
    if (
      word(units[k])?.lower === 'with' &&
      units.slice(k + 1, k + 3).some((u) => u.kind === 'actor')
    )
      return null;
  return { agent: null, target: subject, symmetric: true };
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
  else if (listOpeners.has(word(units[k])?.lower ?? '')) k++;
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
export function lightVerbBefore(units: Unit[], i: number): number | null {
  for (let b = i - 1; b >= 0 && b >= i - 6; b--) {
    const u = units[b];
    const w = word(u);
    if (!w) {
      // "declared its support": a pronoun resolved to the subject is only a determiner here.
      if (u.kind === 'actor' && u.pronoun && u.possessive) continue;
      return null;
    }
    if (lightParticles.has(w.lower) && b < i - 1) continue;
    if (lightVerbs.has(w.root) && w.tags.has('Verb')) return b;
    // "claimed responsibility for a drone attack": the claimant is the attack's agent.
    if (w.lower === 'for' && responsibilityNouns.has(word(units[b - 1])?.lower ?? '')) {
      const v = word(units[b - 2])?.tags.has('Determiner') ? b - 3 : b - 2;
      const verb = word(units[v]);
      return verb && responsibilityVerbs.has(verb.root) && verb.tags.has('Verb') ? v : null;
    }
    if (w.lower === 'of' && quantities.has(word(units[b - 1])?.lower ?? '')) continue;
    // "expressed support for Manila and concern over Beijing's conduct": a second object of the same verb.
    if (w.lower === 'and' && b === i - 1) return coordinatedObjectVerb(units, b);
    if (possessiveDeterminers.has(w.lower)) continue;
    if (!MODIFIER_TAGS.some((t) => w.tags.has(t)) || isPrep(u) || w.lower === ',') return null;
  }
  return null;
}

/** The light verb before the first of two coordinated objects ending at `and`, past its preposition phrase. */
function coordinatedObjectVerb(units: Unit[], and: number): number | null {
  let seenNoun = false;
  for (let b = and - 1; b >= 0 && b >= and - 8; b--) {
    const u = units[b];
    if (u.kind === 'actor') continue;
    const w = word(u)!;
    if (lightVerbs.has(w.root) && w.tags.has('Verb')) return seenNoun ? b : null;
    if (w.lower === ',' || w.lower === 'and' || (w.tags.has('Verb') && !isNominal(units, b)))
      return null;
    if (w.tags.has('Noun')) seenNoun = true;
  }
  return null;
}

/**
 * A noun trigger opening an adjunct: "for talks with", "in solidarity with", past determiners, adjectives and
 * noun modifiers ("in a joint news briefing with", where compromise reads "joint" as a noun).
 */
function adjunctAt(units: Unit[], i: number): boolean {
  for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
    const u = word(units[b]);
    if (!u) return false;
    if (adjunctPrepositions.has(u.lower)) return true;
    if (!['Determiner', 'Adjective', 'Noun'].some((t) => u.tags.has(t)) || u.tags.has('Pronoun'))
      return false;
  }
  return false;
}
