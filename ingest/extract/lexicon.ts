// The extractor's word lists (lexicon.json) compiled once into sets and lookups.
import { z } from 'zod';
import data from './lexicon.json' with { type: 'json' };
import { verbForms } from './inflect.ts';
import { checkedOnLoad } from '../checked-on-load.ts';

const wordList = z.array(z.string().min(1));
/** The plain word lists of lexicon.json, by key. */
const WORD_LISTS = [
  'speechVerbs',
  'denialVerbs',
  'refusalVerbs',
  'threatVerbs',
  'planNouns',
  'objectControlVerbs',
  'allegationVerbs',
  'disputingVerbs',
  'intentVerbs',
  'supportVerbs',
  'evaluationVerbs',
  'mediatorVerbs',
  'coAgentVerbs',
  'lightVerbs',
  'reactionVerbs',
  'mediationVerbs',
  'casualtyVerbs',
  'exposureVerbs',
  'ownerParticiples',
  'allegationNouns',
  'causativeVerbs',
  'agentiveNouns',
  'negators',
  'roleTitles',
  'bodyRoleNouns',
  'newActorStopwords',
  'headRoles',
  'titleModifiers',
  'partNouns',
  'bodyDescriptors',
  'locativePrepositions',
  'motionWords',
  'motionVerbs',
  'placeVerbs',
  'placeVerbLemmas',
  'placeNouns',
  'placeParts',
  'responsibilityVerbs',
  'responsibilityNouns',
  'regionHeads',
  'addresseeWords',
  'phraseRelationGap',
  'ledGroupNouns',
  'ofHeadNouns',
  'statementNouns',
  'personalPossessed',
  'withheldRecognitionVerbs',
  'pronouns',
  'relativePronouns',
  'negatingDeterminers',
  'describedStateNouns',
  'perfectAuxiliaries',
  'postureVerbs',
  'postureOpeners',
  'sightingVerbs',
  'compoundPrepositionHeads',
  'decisionNouns',
  'proposalNouns',
  'ownerLinks',
  'ownerListLinks',
  'absoluteOpeners',
  'onsetVerbs',
  'unrealisedModifiers',
  'unrealisingHeads',
  'pledgeVerbs',
  'pendingPredicates',
  'beForms',
  'eventNounPassives',
  'clauseStops',
  'reportedFutureModals',
  'parallelObjectPrepositions',
  'concessives',
  'subordinators',
  'coAgentLinks',
  'adjunctPrepositions',
  'lightParticles',
  'conditionals',
  'adverbialGerundPrepositions',
  'sitePrepositions',
  'appositiveDeterminers',
  'articles',
  'clauseLinks',
  'gerundPrepositions',
  'roleNouns',
  'directions',
  'timeWords',
  'quantities',
  'groupHeads',
  'borderNouns',
  'claimNouns',
  'housingVerbs',
  'placeHeads',
  'facilityHeads',
  'prepositions',
  'months',
  'timePhraseOpeners',
  'timeLinks',
  'listOpeners',
  'possessiveDeterminers',
  'memberWords',
  'nameParticles',
  'peopleNotState',
  'notHeadModifiers',
  'formerModifiers',
  'motionPrepositions',
  'appositionOpeners',
  'organisationHeadTitles',
] as const;
/** lexicon.json's shape: every key known, so a misspelt key is an error when the extractor loads. */
const lexiconSchema = z.strictObject({
  about: z.string(),
  nounClasses: z.record(z.string(), wordList),
  planVerbs: z.record(z.string(), z.string()),
  modalAuxiliaries: z.record(z.string(), z.string()),
  eventBlockingVerbs: z.strictObject({
    comment: z.string(),
    verbs: z.record(
      z.string(),
      z.strictObject({ particles: z.array(z.string()), types: z.array(z.string()) }),
    ),
  }),
  agreedPlanTypes: z.strictObject({
    comment: z.string(),
    modalities: z.record(z.string(), z.array(z.string())),
  }),
  // Read by coref.ts.
  coreference: z.strictObject({
    comment: z.string(),
    personPronouns: wordList,
    actorPronouns: wordList,
    groupPronouns: wordList,
    pairDeterminers: wordList,
    pairNouns: z.record(z.string(), z.string().nullable()),
    clauseBreaks: wordList,
    expletiveVerbs: wordList,
    personPossessives: wordList,
    ownStateNouns: wordList,
    ruleSuffix: z.string().min(1),
    confidenceFactor: z.number().gt(0).lte(1),
  }),
  institutionHeads: z.strictObject({ about: z.string(), single: wordList, compound: wordList }),
  governingNouns: z.strictObject({ about: z.string(), words: wordList }),
  quoteCriticism: z.strictObject({ about: z.string(), words: wordList }),
  quotedFirstPerson: z.strictObject({
    about: z.string(),
    subject: wordList,
    possessive: wordList,
    object: wordList,
  }),
  ...Object.fromEntries(WORD_LISTS.map((key) => [key, wordList])),
});

/** Checks lexicon data against its shape; the error names the module and the key. */
export function validateLexicon(lexicon: unknown): void {
  const parsed = lexiconSchema.safeParse(lexicon);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new Error(`entente/ingest/extract/lexicon: lexicon.json ${where}: ${issue.message}`);
  }
}
checkedOnLoad(data, validateLexicon);

/** The cross-sentence and in-sentence coreference settings (coref.ts). */
export const coreference = data.coreference as z.infer<typeof lexiconSchema>['coreference'];

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
/** Verb lemmas with every inflected form ("sweep" → "swept", "sweeping"). */
const inflected = (lemmas: string[]): string[] => lemmas.flatMap((v) => [v, ...verbForms(v)]);

export type NounClass = keyof typeof data.nounClasses;

export const nounClasses = Object.fromEntries(
  Object.entries(data.nounClasses).map(([name, words]) => [name, lower(words)]),
) as Record<string, Set<string>>;

export const speechVerbs = lower(data.speechVerbs);
export const denialVerbs = lower(data.denialVerbs);
export const refusalVerbs = lower(data.refusalVerbs);
export const threatVerbs = lower(data.threatVerbs);
export const planVerbs = data.planVerbs as Record<string, string>;
/** "Sweden's bid to join NATO": nouns whose infinitive complement is planned, not done. */
export const planNouns = lower(data.planNouns);
/** "Beijing's decision to impose tariffs": nouns whose owner does their infinitive, as decided (asserted). */
export const decisionNouns = lower(data.decisionNouns);
/** "a proposal by Kyiv to resume talks": nouns whose owner proposes their infinitive (planned, not done). */
export const proposalNouns = lower(data.proposalNouns);
/** "depots belonging to Hezbollah": two-word links from an object to the party that owns it (its real target). */
export const ownerLinks = lower(data.ownerLinks);
/** "linked to the navy and to the Wagner Group": words that join the owners an owner link lists. */
/** "agreed, with its minister saying …": words that open an absolute clause, which holds no object. */
/** "is set to begin", "will take place": verbs (with a particle) of an event's onset; still to come, the event has not happened. */
/** "is set to", "are due to", "is likely to": after a form of "be", what the infinitive names is still to come. */
export const pendingPredicates = lower(data.pendingPredicates);
/** "Russia's planned offensive": modifiers that leave an event a possessive names unrealised. */
/** "pledged (that) X would …": verbs after which "would" is the pledger's "will", as after a speech verb. */
export const pledgeVerbs = lower(data.pledgeVerbs);
export const unrealisedModifiers = lower(data.unrealisedModifiers);
/** "fears of a war with", "on the brink of war with": a head whose "of" phrase names an event not (yet) real. */
export const unrealisingHeads = lower(data.unrealisingHeads);
export const onsetVerbs = lower(data.onsetVerbs);
export const absoluteOpeners = lower(data.absoluteOpeners);
export const ownerListLinks = lower(data.ownerListLinks);
export const objectControlVerbs = lower(data.objectControlVerbs);
export const allegationVerbs = lower(data.allegationVerbs);
/** "accused X of arming Y": allegation verbs whose embedded act the writer does not assert. */
export const disputingVerbs = lower(data.disputingVerbs);
/** "intends to impose sanctions": plan verbs that state the subject's own intention (a threat, for hostile acts). */
export const intentVerbs = lower(data.intentVerbs);
/** "sent troops to Libya to support the government": purposes that make a deployment military aid. */
export const supportVerbs = lower(data.supportVerbs);
/** "called NATO expansion a threat": verbs whose object is evaluated by the word after it. */
export const evaluationVerbs = lower(data.evaluationVerbs);
/** "mediated by Qatar", "Oman brokered talks between": verbs of a go-between, who consults each party. */
export const mediatorVerbs = lower(data.mediatorVerbs);
/** "led Washington to expel Turkey": the object does the complement, which is asserted. */
export const causativeVerbs = lower(data.causativeVerbs);
/** "with EU mediation": nouns an actor modifies as their agent, so it is not the verb's target. */
export const agentiveNouns = lower(data.agentiveNouns);
/** "joined the US in condemning": the governor's object acts with its subject. */
export const coAgentVerbs = lower(data.coAgentVerbs);
/** "launched an invasion of", "declared its support for": verbs whose subject is the agent of their object noun. */
export const lightVerbs = lower(data.lightVerbs);
/** "drawing criticism from NATO": verbs whose object noun's "from" phrase reacts to the clause subject. */
export const reactionVerbs = lower(data.reactionVerbs);
/** "a deal mediated by Qatar": participles whose agent is a go-between, not the owner. */
export const mediationVerbs = lower(data.mediationVerbs);
/** "was killed in a US drone strike": passive verbs whose subject is the victim of the attack noun after "in"/"by". */
export const casualtyVerbs = lower(data.casualtyVerbs);
/** "Kyiv came under a Russian attack": verbs whose subject suffers the attack noun after "under". */
export const exposureVerbs = lower(data.exposureVerbs);
/** "an Israeli-linked ship": hyphenated participles that make their actor the owner of the noun. */
export const ownerParticiples = lower(data.ownerParticiples);
/** "scrambled jets in response to …": moving forces, in answer to the parties an opener names (posture.ts). */
export const postureVerbs = lower(data.postureVerbs);
export const postureOpeners = lower(data.postureOpeners);
/** "after spotting Russian bombers": gerunds after "after"/"upon" that open the parties a posture answers. */
export const sightingVerbs = lower(data.sightingVerbs);
/** "in response to", "according to": words that make the preposition after them part of a compound one. */
export const compoundPrepositionHeads = lower(data.compoundPrepositionHeads);
/** ", a charge Abu Dhabi denied": nouns naming an allegation that a denial in apposition disputes. */
export const allegationNouns = lower(data.allegationNouns);
export const modalAuxiliaries = data.modalAuxiliaries as Record<string, string>;
export const negators = lower(data.negators);
export const bodyRoleNouns = lower(data.bodyRoleNouns);
export const newActorStopwords = lower(data.newActorStopwords);

/** Role titles as token-key sequences, longest first, for stripping titles before names. */
export const roleTitles: string[][] = data.roleTitles
  .map((title) => title.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length);

/** Titles whose holder heads the actor named with them (LEADS); other titles give PART_OF. */
export const headRoles = lower(data.headRoles);
/** Words allowed between an owner and a title ("Beijing's special envoy", "Malian junta leader"). */
export const titleModifiers = lower(data.titleModifiers);
/** "the Quds Force, the external arm of the Revolutionary Guards": part-of nouns in appositions. */
export const partNouns = lower(data.partNouns);
/** "Turkey's intelligence agency MIT": descriptors between a possessive state and its body. */
export const bodyDescriptors = lower(data.bodyDescriptors);
/** Capitals after these are locations ("talks in Moscow"), not metonymy for the state. */
export const locativePrepositions = lower(data.locativePrepositions);
/** "travelled to Tehran", "back from Kyiv": motion words that make "to/from/into" locative. */
export const motionWords = lower([...data.motionWords, ...inflected(data.motionVerbs)]);
/** "visited Budapest", "struck Kyiv": verbs whose direct object capital is the city itself. */
export const placeVerbs = lower([...data.placeVerbs, ...inflected(data.placeVerbLemmas)]);
/** "the assault on Kyiv", "a visit to Moscow": nouns whose "on/to" object capital is the city. */
export const placeNouns = lower(data.placeNouns);
/** "Beirut's southern suburbs": parts of a city after a possessive capital. */
export const placeParts = lower(data.placeParts);
/** "claimed responsibility for the attack": verbs whose subject is the agent of the event after "responsibility for". */
export const responsibilityVerbs = lower(data.responsibilityVerbs);
export const responsibilityNouns = lower(data.responsibilityNouns);
/** "Russia's Ryazan region": head nouns after a capitalised name that make it a place. */
export const regionHeads = lower(data.regionHeads);
/** "Chinese Coast Guard": capitalised heads of a body named after a demonym (compound ones need a word between). */
export const institutionHeads = {
  single: lower(data.institutionHeads.single),
  compound: lower(data.institutionHeads.compound),
};
/** "lashed out at Moscow", "took aim at Beijing": words before "at" that make a capital an addressee, not a location. */
export const addresseeWords = lower(data.addresseeWords);
/** "Turkey remains at odds with Sweden": words allowed between an actor and a relation phrase it heads. */
export const phraseRelationGap = lower(data.phraseRelationGap);
/** "the Saudi-led coalition bombed …": group nouns a "-led" actor heads, so the leader acts for the group. */
export const ledGroupNouns = lower(data.ledGroupNouns);
/** "leaders of Turkey", "delegations of Russia and Ukraine": nouns that, with "of", stand for the actor after them. */
export const ofHeadNouns = lower(data.ofHeadNouns);
/** "statements from the Foreign Ministry": words said, which with "from"/"by" stand for the speaker. */
export const statementNouns = lower(data.statementNouns);
/** "his talks with", "his country": nouns after "his"/"her" that make the pronoun stand for the person's side. */
export const personalPossessed = lower(data.personalPossessed);

export const governingNouns = lower(data.governingNouns.words);
export const quoteCriticism = lower(data.quoteCriticism.words);
/** "does not recognize the regime": a negated recognition rejects its object. */
export const withheldRecognitionVerbs = lower(data.withheldRecognitionVerbs);
export const quotedFirstPerson = {
  subject: lower(data.quotedFirstPerson.subject),
  possessive: lower(data.quotedFirstPerson.possessive),
  object: lower(data.quotedFirstPerson.object),
};
/** Verbs whose object events have not happened ("postponed talks", "called for a deal"): particles and blocked types. */
export const eventBlockingVerbs = new Map<string, { particles: string[]; types: Set<string> }>(
  Object.entries(data.eventBlockingVerbs.verbs).map(([verb, v]) => [
    verb,
    { particles: v.particles, types: new Set(v.types) },
  ]),
);
/** Relation types that stay a plan under an agreeing or pledging governor ("agreed to resume talks"). */
export const agreedPlanTypes = new Map<string, Set<string>>(
  Object.entries(data.agreedPlanTypes.modalities).map(([m, types]) => [m, new Set(types)]),
);

// Grammar and frame words the relation and mention passes match.
/** Subject pronouns that stand for an earlier actor. */
export const pronouns = lower(data.pronouns);
/** "Iran, which backs …": relative pronouns that take their antecedent as subject. */
export const relativePronouns = lower(data.relativePronouns);
/** "no evidence", "little support": determiners that negate their noun. */
export const negatingDeterminers = lower(data.negatingDeterminers);
/** "the country", "the kingdom": nouns that describe a state already named. */
export const describedStateNouns = lower(data.describedStateNouns);
/** "they had cut ties": perfect auxiliaries before a verb compromise tagged as a noun. */
export const perfectAuxiliaries = lower(data.perfectAuxiliaries);
/** Forms of "be" in a verb group (passives, copulas). */
export const beForms = lower(data.beForms);
/** "Talks were held between A and B": the participles of an event noun's own passive. */
export const eventNounPassives = lower(data.eventNounPassives);
/** Words that end the clause an object is looked for in. */
export const clauseStops = lower(data.clauseStops);
/** "said Turkey would send": modals that, reported after a speech verb, are the speaker's future. */
export const reportedFutureModals = lower(data.reportedFutureModals);
/** "accused A of X and B of Y": the preposition after an object that marks a parallel object. */
export const parallelObjectPrepositions = lower(data.parallelObjectPrepositions);
/** "although", "despite": words opening a concessive clause. */
export const concessives = lower(data.concessives);
/** "after", "since": words opening a subordinate clause. */
export const subordinators = lower(data.subordinators);
/** "alongside Egypt", "together with Iran", "along with Turkey". */
export const coAgentLinks = lower(data.coAgentLinks);
/** "for talks with", "in solidarity with": prepositions opening an adjunct noun trigger. */
export const adjunctPrepositions = lower(data.adjunctPrepositions);
/** "carried out strikes", "stepped up attacks", "cut off supplies": a particle after a light verb belongs to the verb. */
export const lightParticles = lower(data.lightParticles);
/** "If China invades Taiwan": words opening a conditional clause. */
export const conditionals = lower(data.conditionals);
/** "by sending troops", "after meeting": prepositions before an adverbial gerund. */
export const adverbialGerundPrepositions = lower(data.adverbialGerundPrepositions);
/** "bases in Iraq": prepositions that place an object somewhere. */
export const sitePrepositions = lower(data.sitePrepositions);
/** "a decision criticised by France": determiners that open an appositive event noun. */
export const appositiveDeterminers = lower(data.appositiveDeterminers);
/** Articles (a headline has none). */
export const articles = lower(data.articles);
/** "and", "but": words that join clauses. */
export const clauseLinks = lower(data.clauseLinks);
/** Prepositions a gerund complement follows ("accused of arming"). */
export const gerundPrepositions = lower(data.gerundPrepositions);
/** "Iran's foreign minister": role nouns that stand for the actor before them. */
export const roleNouns = lower(data.roleNouns);
/** "southern Israel", "north-eastern Syria": a direction before a name does not make it a noun's modifier. */
export const directions = lower(data.directions);
/** "on Tuesday", "last week": time words a verb's object is looked for past. */
export const timeWords = lower(data.timeWords);
/** "dozens of Russian diplomats": a quantity and "of" are transparent for the object. */
export const quantities = lower(data.quantities);
/** "a convoy of", "Russian troops": group nouns that stand for the actor named with them. */
export const groupHeads = lower(data.groupHeads);
/** "the border with": border nouns. */
export const borderNouns = lower(data.borderNouns);
/** What a party claims or alleges (with the ACCUSATIONS noun class): rejecting it rejects the party ("dismissed the claims by Kyiv"). */
export const claimNouns = new Set([...lower(data.claimNouns), ...nounClasses.ACCUSATIONS]);
/** "bases in Iraq housing US troops": participles naming who occupies the located object. */
export const housingVerbs = lower(data.housingVerbs);
/** "the town of", "the city": place nouns. */
/** "Al-Udeid Air Base", "Hmeimim Airbase": a new name ending in one of these is a place, whatever tags its first word. */
export const facilityHeads = lower(data.facilityHeads);
export const placeHeads = lower(data.placeHeads);
/** Prepositions compromise sometimes tags otherwise ("near" as an adjective, "to" as a conjunction). */
export const prepositions = lower(data.prepositions);
/** Month names and abbreviations (a trailing full stop is allowed). */
export const months = lower(data.months);
/** "on Tuesday", "last week", "earlier this month": words that open a time phrase. */
/** "earlier in the week", "later that day": words between a time phrase's opener and its time word. */
export const timeLinks = lower(data.timeLinks);
export const timePhraseOpeners = lower(data.timePhraseOpeners);
/** "like Belarus", "including Syria": words (besides "such as") opening a list of examples. */
export const listOpeners = lower(data.listOpeners);
/** "his", "their": possessive determiners inside a noun phrase. */
export const possessiveDeterminers = lower(data.possessiveDeterminers);
/** "NATO member Turkey", "Turkey, a NATO ally": words that make a state a member of the organisation. */
export const memberWords = lower(data.memberWords);
/** "Staffan de Mistura", "Ras al-Ain": lower-case particles inside a name. */
export const nameParticles = lower(data.nameParticles);
/** "Palestinian prisoners": nouns after a demonym that name people of the nation, never its state. */
export const peopleNotState = lower(data.peopleNotState);
/** "Vice President", "former leader": words that keep a title from heading its actor. */
export const notHeadModifiers = lower(data.notHeadModifiers);
/** "former", "ex-": a past holder gets no structural relation at all. */
export const formerModifiers = lower(data.formerModifiers);
/** "travelled to Tehran": prepositions that make a capital a location after a motion word. */
export const motionPrepositions = lower(data.motionPrepositions);
/** "Putin, the Russian president,": words that open an apposition. */
export const appositionOpeners = lower(data.appositionOpeners);
/** "the commander of the SDF": definite titles that head the organisation after "of". */
export const organisationHeadTitles = lower(data.organisationHeadTitles);
