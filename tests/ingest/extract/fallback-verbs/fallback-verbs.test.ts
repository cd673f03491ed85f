// Verbs the rule file lacks, coded through CAMEO and WordNet with lower confidence; direct rules still win.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import cameoData from '../../../../ingest/extract/fallback-verbs/cameo-verbs.json' with { type: 'json' };
import exclusionsData from '../../../../ingest/extract/fallback-verbs/exclusions.json' with { type: 'json' };
import {
  DEFAULT_VERB_FALLBACKS,
  rulesForVerb,
  setVerbFallbacks,
} from '../../../../ingest/extract/fallback-verbs/index.ts';
import {
  cameoVerbsSchema,
  exclusionsSchema,
  wordnetVerbsSchema,
} from '../../../../ingest/extract/fallback-verbs/schema.ts';
import wordnetData from '../../../../ingest/extract/fallback-verbs/wordnet-verbs.json' with { type: 'json' };
import { readCameoVerbs } from '../../../../ingest/extract/fallback-verbs/read-cameo.ts';
import { relationTypeForCameo } from '../../../../ingest/extract/fallback-verbs/cameo-types.ts';
import { convertFallbackVerbs } from '../../../../ingest/extract/fallback-verbs/convert.ts';
import { rulesByVerb } from '../../../../ingest/extract/rules.ts';
import { _extract } from '../_extract.ts';

afterEach(() => setVerbFallbacks(DEFAULT_VERB_FALLBACKS));

/** "SOURCE TYPE TARGET rule-prefix" for each event relation. */
const coded = (text: string) =>
  _extract(text)
    .relations.filter((r) => r.quadClass !== null)
    .map((r) => ({
      triple: `${r.source} ${r.type} ${r.target}`,
      rule: r.rule,
      confidence: r.confidence,
    }));

// [sentence, expected relation, rule id]: verbs no rule names, coded through CAMEO's dictionary.
const CAMEO_CASES: [string, string, string][] = [
  ['Russia invited Iran to the summit in Kazan.', 'RUS CONSULT IRN', 'cameo:invite:040'],
  ['Turkey maligned Sweden over its asylum policy.', 'TUR CRITICIZE SWE', 'cameo:malign:111'],
  ['Serbia complimented Hungary on its stance.', 'SRB SUPPORT HUN', 'cameo:compliment:051'],
  ['Russian bombers overflew Finland on Monday.', 'RUS MOBILIZE FIN', 'cameo:overfly:150'],
  ['Israeli jets torched Hamas positions.', 'ISR ATTACK hamas', 'cameo:torch:190'],
];

// [sentence, expected relation, rule id]: verbs neither the rules nor CAMEO know, led by WordNet to a known verb.
const WORDNET_CASES: [string, string, string][] = [
  ['China imprisoned Canadian nationals.', 'CHN ATTACK CAN', 'wordnet:imprison→detain'],
  ['Iran defamed Israel in a televised speech.', 'IRN CRITICIZE ISR', 'wordnet:defame→slander'],
  [
    'Pakistan besmirched India at the United Nations.',
    'PAK CRITICIZE IND',
    'wordnet:besmirch→slander',
  ],
];

describe('verb fallbacks', () => {
  it.each(CAMEO_CASES)('CAMEO: %s', (text, triple, rule) => {
    const found = coded(text).find((r) => r.triple === triple);
    expect(found?.rule).toBe(rule);
    const template = rulesForVerb(rule.split(':')[1])![0];
    expect(found!.confidence).toBeLessThan(0.8);
    expect(template.confidence).toBeLessThan(0.8);
  });

  it.each(WORDNET_CASES)('WordNet: %s', (text, triple, rule) => {
    const found = coded(text).find((r) => r.triple === triple);
    expect(found?.rule).toBe(rule);
    const via = rule.split('→')[1];
    expect(found!.confidence).toBeLessThan(rulesByVerb.get(via)?.[0].confidence ?? 0.8);
  });

  it('switched off, the same sentences give nothing', () => {
    setVerbFallbacks({ cameo: false, wordnet: false });
    for (const [text] of [...CAMEO_CASES, ...WORDNET_CASES]) expect(coded(text)).toEqual([]);
  });

  // A verb with a direct rule keeps it, even when CAMEO or WordNet know the verb too.
  it.each([
    ['Russian artillery shelled Ukrainian positions.', 'RUS ATTACK UKR', 'attack'],
    ['Turkey lambasted Sweden over the Koran burning.', 'TUR CRITICIZE SWE', 'criticize'],
    ['Hungary praised the Russian proposal.', 'HUN SUPPORT RUS', 'support'],
  ])('a direct rule wins: %s', (text, triple, rule) => {
    const found = coded(text).filter((r) => r.triple === triple);
    expect(found.map((r) => r.rule)).toEqual([rule]);
  });

  it('never codes a verb the lexicon gives a role (speech, plans, motion)', () => {
    for (const verb of ['say', 'tell', 'plan', 'travel', 'arrive', 'communicate'])
      expect(rulesForVerb(verb)?.some((r) => /^(cameo|wordnet):/.test(r.id)) ?? false).toBe(false);
  });
});

describe('the converted files', () => {
  it('load against their schemas', () => {
    expect(() => cameoVerbsSchema.parse(cameoData)).not.toThrow();
    expect(() => wordnetVerbsSchema.parse(wordnetData)).not.toThrow();
    expect(() => exclusionsSchema.parse(exclusionsData)).not.toThrow();
  });

  it('reject a misspelt key', () => {
    const [first, ...rest] = cameoData.verbs;
    const { line, ...withoutLine } = first;
    const misspelt = { ...cameoData, verbs: [{ ...withoutLine, lnie: line }, ...rest] };
    expect(() => cameoVerbsSchema.parse(misspelt)).toThrow();
    expect(() => wordnetVerbsSchema.parse({ ...wordnetData, option: {} })).toThrow();
  });

  it('name a relation type of the ontology for every CAMEO verb', () => {
    for (const v of cameoData.verbs) expect(relationTypeForCameo(v.cameo)).toBe(v.type);
  });

  it('lead every WordNet verb to a verb with rules', () => {
    for (const v of wordnetData.verbs) expect(rulesForVerb(v.via), v.via).toBeDefined();
  });

  // A rule or exclusion changed without `npm run convert:verbs` leaves the files behind the converter.
  it('are what the converter makes today of the dictionary, WordNet and the rules', () => {
    const { cameo, wordnet } = convertFallbackVerbs();
    expect(cameoData).toEqual(cameo);
    expect(wordnetData).toEqual(wordnet);
  });
});

// [CAMEO code, relation type or null]: the ontology's `cameo` field, longest prefix first.
describe('CAMEO codes', () => {
  it.each([
    ['042', 'CONSULT'],
    ['051', 'SUPPORT'],
    ['057', 'COOPERATE'],
    ['0234', 'APPEAL'],
    ['0111', null],
    ['072', 'PROVIDE_ARMS'],
    ['110', null],
    ['112', 'CRITICIZE'],
    ['1041', 'DEMAND'],
    ['163', 'SANCTION'],
    ['173', null],
    ['195', 'ATTACK'],
  ])('%s → %s', (code, type) => expect(relationTypeForCameo(code)).toBe(type));
});

// The reader on lines in the dictionary's own format, written for this test.
describe('reading the CAMEO dictionary', () => {
  const sample = [
    '####### VERB PATTERNS #######',
    '---  STRAFE   [190]  ---',
    'STRAFE {STRAFES STRAFED STRAFING}',
    '+GUN_DOWN [193]',
    'WIRE_+TAP',
    '- * (AGAINST)   [113]   # STRAFE',
    '- * AID         [070]   # STRAFE',
    '---  PONDER   [---]  ---',
    'PONDER',
  ].join('\n');

  it('keeps verbs, particles and bare prepositions with their codes and lines', () => {
    expect(readCameoVerbs(sample)).toEqual([
      {
        verb: 'strafe',
        code: '190',
        block: 'STRAFE',
        line: 3,
        irregular: ['strafes', 'strafed', 'strafing'],
      },
      { verb: 'gun', particle: 'down', code: '193', block: 'STRAFE', line: 4 },
      { verb: 'strafe', prep: 'against', code: '113', block: 'STRAFE', line: 6 },
    ]);
  });
});

describe('the real-news dev set', () => {
  const input = '../shared/eval/real-dev/input.jsonl';
  it.skipIf(!fs.existsSync(input))(
    'codes through fallbacks with lower confidence than the rules',
    () => {
      const lines = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).slice(0, 120);
      for (const line of lines) {
        const { text } = JSON.parse(line) as { text: string };
        for (const r of _extract(text).relations)
          if (/^(cameo|wordnet):/.test(r.rule)) expect(r.confidence).toBeLessThanOrEqual(0.68);
      }
    },
  );
});
