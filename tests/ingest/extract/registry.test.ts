// The actor registry: built-in data, lookups, extension through files and ENTENTE_ACTORS, and file errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadActorRegistry } from '../../../ingest/actors/index.ts';
import { extractArticle } from '../../../ingest/extract/index.ts';
import { _registry } from './_extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-actors-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('built-in registry', () => {
  it.each([
    ['RUS', 'State', 'RUS'],
    ['vladimir-putin', 'Person', 'RUS'],
    ['kremlin', 'GovernmentBody', 'RUS'],
    ['nato', 'Alliance', null],
    ['united-nations', 'Organization', null],
    ['hezbollah', 'ArmedGroup', 'LBN'],
    ['irgc', 'GovernmentBody', 'IRN'],
  ])('%s is a %s', (id, type, countryCode) => {
    expect(_registry.get(id)).toMatchObject({ id, type, countryCode });
  });

  it('builds states from world-countries with demonyms, capitals and memberships', () => {
    expect(_registry.get('TUR')).toMatchObject({ capital: 'Ankara', countryCode: 'TUR' });
    expect(_registry.get('TUR')!.memberOf).toContain('nato');
    expect(_registry.get('IRN')!.demonyms).toContain('Iranian');
    expect(_registry.get('quds-force')!.partOf).toBe('irgc');
  });

  it('indexes case-aware: "US" is a state, "us" is not', () => {
    expect(_registry.lookup('US')?.actorId).toBe('USA');
    expect(_registry.lookup('us')).toBeNull();
    expect(_registry.lookup('Americans')?.actorId).toBe('USA');
  });
});

describe('registry extension', () => {
  it('adds actors from extra files', () => {
    const path = file('extra.json', [
      {
        id: 'azov-sea-flotilla',
        name: 'Azov Sea Flotilla',
        type: 'ArmedGroup',
        aliases: ['the Flotilla'],
        countryCode: 'RUS',
        partOf: 'RUS',
      },
    ]);
    const registry = loadActorRegistry({ extraFiles: [path], env: {} });
    expect(registry.get('azov-sea-flotilla')).toMatchObject({
      type: 'ArmedGroup',
      countryCode: 'RUS',
    });
    const x = extractArticle(
      {
        id: 'a',
        title: '',
        text: 'The Flotilla shelled Odesa in Ukraine.',
        url: null,
        source: null,
        publishedAt: null,
        origin: 't',
      },
      registry,
    );
    expect(x.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'azov-sea-flotilla ATTACK UKR',
    ]);
  });

  it('lets an entry with a built-in id replace it', () => {
    const path = file('override.json', [
      {
        id: 'hezbollah',
        name: 'Hezbollah',
        type: 'Organization',
        aliases: ['Party of God'],
        countryCode: 'LBN',
      },
    ]);
    const registry = loadActorRegistry({ extraFiles: [path], env: {} });
    expect(registry.get('hezbollah')!.type).toBe('Organization');
    expect(registry.lookup('Party of God')?.actorId).toBe('hezbollah');
    expect(registry.lookup('Hizbollah')).toBeNull();
  });

  it('reads ENTENTE_ACTORS as a path list', () => {
    const a = file('env-a.json', [
      { id: 'group-a', name: 'Group Alpha', type: 'ArmedGroup', aliases: [], countryCode: null },
    ]);
    const b = file('env-b.json', [
      { id: 'group-b', name: 'Group Beta', type: 'ArmedGroup', aliases: [], countryCode: null },
    ]);
    const registry = loadActorRegistry({ env: { ENTENTE_ACTORS: [a, b].join(delimiter) } });
    expect(registry.has('group-a') && registry.has('group-b')).toBe(true);
  });

  it.each([
    ['bad-json.json', '[{"id": ', /bad-json\.json is not valid JSON/],
    [
      'bad-type.json',
      [{ id: 'x-group', name: 'X', type: 'Militia', aliases: [], countryCode: null }],
      /bad-type\.json:1: entry 0 \(id "x-group"\), field "type"/,
    ],
    [
      'bad-code.json',
      [{ id: 'y-group', name: 'Y', type: 'ArmedGroup', aliases: [], countryCode: 'ru' }],
      /bad-code\.json:1: entry 0 \(id "y-group"\), field "countryCode": countryCode must be ISO alpha-3/,
    ],
    [
      'bad-id.json',
      [{ id: 'Bad Id', name: 'Z', type: 'ArmedGroup', aliases: [] }],
      /bad-id\.json:1: entry 0 .*field "id"/,
    ],
    ['not-array.json', { id: 'x' }, /not-array\.json: top level/],
  ])('rejects %s with a clear error', (name, content, message) => {
    const path = file(name, content);
    expect(() => loadActorRegistry({ extraFiles: [path], env: {} })).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => loadActorRegistry({ extraFiles: [join(dir, 'missing.json')], env: {} })).toThrow(
      /cannot read actors file .*missing\.json/,
    );
  });
});
