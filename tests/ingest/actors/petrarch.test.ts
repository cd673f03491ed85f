// The PETRARCH2 converter: dictionary records, dates, selection, and the converted file as the registry loads it.
import { describe, expect, it } from 'vitest';
import { loadActorRegistry, tokenize } from '../../../ingest/actors/index.ts';
import { petrarchFileSchema } from '../../../ingest/actors/actor-schema.ts';
import { parsePetrarchFile } from '../../../ingest/actors/load-actor-registry.ts';
import {
  convertPetrarch,
  displayName,
  readPetrarchTexts,
} from '../../../ingest/actors/petrarch/convert.ts';
import {
  parseCode,
  petrarchDate,
  readActorDictionary,
} from '../../../ingest/actors/petrarch/read-dictionary.ts';
import converted from '../../../ingest/actors/petrarch-actors.json' with { type: 'json' };

// Invented entries in the dictionaries' format (none copied from them).
const NATIONAL = [
  '# a comment line',
  'FREEDONIA_  [FRE]',
  'ZEMBLA_  [ZEM]',
  'KYRGYZSTAN_',
  '+KYRGYZ_ ',
  '+BISHKEK_ ',
  '\t[USRKGZ <910831]',
  '\t[KGZ >911221]',
  'ASEL_TOKTOGULOVA_  # CountryInfo.txt',
  '+ASEL_TOKTOGULOVNA_TOKTOGULOVA_',
  '+PRESIDENT_TOKTOGULOVA_',
  '+TOKTOGULOVA_',
  '\t[KGZELI 850101-110505]',
  '\t[KGZGOV >110505]',
  'BAKYT_OLDTIMER_  # CountryInfo.txt',
  '+B._OLDTIMER_',
  '\t[KGZGOV 910101-990101]',
  'NURLAN_QUIET_  # CountryInfo.txt',
  '\t[KGZGOV >120101]',
].join('\n');
const INTERNATIONAL = [
  'WAEMUX_\t[IGOWAFBUS] # invented',
  'WEST_AFRICAN_PAYMENTS_UNION_\t[IGOWAFBUS]',
  'SOMEONE_IMPORTANT_\t[IGOUNO 970101-061231]',
].join('\n');
const NON_STATE = [
  'SAHEL_LIBERATION_FRONT_(SLF)_ [MLIREB] # invented',
  '+SLF_FIGHTERS_',
  'TANZIMX_ [IMGMUS]',
  '+ORGANIZATION_',
].join('\n');

describe('PETRARCH dictionary records', () => {
  it.each([
    ['991231', '1999-12-31'],
    ['080507', '2008-05-07'],
    ['20240101', '2024-01-01'],
    ['2004017', null],
    ['991331', null],
  ])('date %s → %s', (text, iso) => expect(petrarchDate(text)).toBe(iso));

  it.each([
    ['RUSGOV 991231-080507', { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' }],
    ['IGOUNO >20070101', { code: 'IGOUNO', from: '2007-01-01', to: null }],
    ['USRKGZ <910831', { code: 'USRKGZ', from: null, to: '1991-08-31' }],
    ['AFG', { code: 'AFG', from: null, to: null }],
    ['KORGOVBUS 2004017-20061201', null],
  ])('code [%s]', (inside, code) => expect(parseCode(inside)).toEqual(code));

  it('reads primaries, synonyms, tab restrictions and line numbers', () => {
    const entries = readActorDictionary(NATIONAL);
    const kyrgyzstan = entries.find((e) => e.phrase === 'KYRGYZSTAN_')!;
    expect(kyrgyzstan.line).toBe(4);
    expect(kyrgyzstan.synonyms).toEqual(['KYRGYZ_', 'BISHKEK_']);
    expect(kyrgyzstan.codes.map((c) => c.code)).toEqual(['USRKGZ', 'KGZ']);
    expect(entries.find((e) => e.phrase === 'ASEL_TOKTOGULOVA_')!.comment).toBe('CountryInfo.txt');
  });

  it.each([
    ['VLADIMIR_V._PUTIN_', 'Vladimir V. Putin'],
    ['BASHAR_AL-ASSAD', 'Bashar al-Assad'],
    ['ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES_', 'Economic Community of West African States'],
    ['ECOWAS_', 'ECOWAS'],
    ["PEOPLE'S_FRONT_", "People's Front"],
  ])('display name of %s', (phrase, name) => expect(displayName(phrase)).toBe(name));
});

describe('the converted file', () => {
  // A converter change without `npm run convert:petrarch` leaves the registry's data behind it.
  it('is what the converter makes today of the dictionaries', () => {
    expect(converted).toEqual(convertPetrarch(readPetrarchTexts()));
  });
});

describe('convertPetrarch', () => {
  const data = convertPetrarch({
    'Phoenix.Countries.actors.txt': NATIONAL,
    'Phoenix.International.actors.txt': INTERNATIONAL,
    'Phoenix.MilNonState.actors.txt': NON_STATE,
  });
  const byName = (name: string) => data.actors.find((a) => a.name === name);

  it('keeps a state stem used as a demonym, not its capital', () => {
    expect(data.states.map((s) => [s.id, s.demonym])).toEqual([['KGZ', 'Kyrgyz']]);
    expect(data.states[0].source).toEqual({
      file: 'Phoenix.Countries.actors.txt',
      line: 4,
      entry: 'KYRGYZSTAN_',
    });
  });

  it('keeps a recent office holder with other spellings, mapped to the state, titles dropped', () => {
    expect(byName('Asel Toktogulova')).toMatchObject({
      type: 'Person',
      countryCode: 'KGZ',
      aliases: ['Asel Toktogulovna Toktogulova', 'Toktogulova'],
      years: '2011-',
      source: { line: 9, entry: 'ASEL_TOKTOGULOVA_' },
    });
  });

  it('drops past office holders and persons with no other spelling', () => {
    expect(byName('Bakyt Oldtimer')).toBeUndefined();
    expect(byName('Nurlan Quiet')).toBeUndefined();
  });

  it('keeps organisations by acronym or head noun, never persons from the IGO list', () => {
    expect(byName('WAEMUX')?.type).toBe('Organization');
    expect(byName('West African Payments Union')?.type).toBe('Organization');
    expect(byName('Someone Important')).toBeUndefined();
  });

  it('keeps armed groups with their acronym and state; a bare head noun is no name', () => {
    expect(byName('Sahel Liberation Front')).toMatchObject({
      type: 'ArmedGroup',
      countryCode: 'MLI',
      aliases: ['SLF'],
    });
    expect(data.actors.some((a) => a.aliases.includes('Organization'))).toBe(false);
  });
});

describe('the converted file', () => {
  it('validates, every entry with its provenance', () => {
    const data = petrarchFileSchema.parse(converted);
    for (const actor of data.actors) expect(actor.source.line).toBeGreaterThan(0);
  });

  it('rejects a misspelt key', () => {
    const bad = structuredClone(converted) as { actors: Record<string, unknown>[] };
    bad.actors[0] = { ...bad.actors[0], countrycode: 'USA' };
    expect(() => parsePetrarchFile(bad)).toThrow(/petrarch-actors\.json/);
  });

  it.each([
    ['Kyrgyz border guards', 'KGZ'],
    ['Tajik officials', 'TJK'],
  ])('links %s', (text, id) => {
    const registry = loadActorRegistry({ env: {} });
    expect(registry.matchAt(tokenize(text), 0)?.actorId).toBe(id);
  });
});
