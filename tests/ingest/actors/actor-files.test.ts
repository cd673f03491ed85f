// User actor files (--actors, ENTENTE_ACTORS, the curated file): every problem of every file reported at once, by
// file, line, entry and field, and ids that memberOf, partOf, terms or mergedInto name but no actor has.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorFileError, loadActorRegistry } from '../../../ingest/actors/index.ts';

let dir: string;
const env = { ENTENTE_CURATED_ACTORS: '/nonexistent/actors.json' };

/** Writes a file as an analyst would: an array, one key per line. */
function actorsFile(name: string, entries: unknown[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
  return file;
}

function problemsOf(files: string[]): string[] {
  try {
    loadActorRegistry({ extraFiles: files, env });
  } catch (error) {
    expect(error).toBeInstanceOf(ActorFileError);
    return (error as ActorFileError).problems;
  }
  throw new Error('the files were accepted');
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-actor-files-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('actor files', () => {
  it('reports every field problem of a file at once, with its line, entry and field', () => {
    const file = actorsFile('fields.json', [
      { id: 'good-one', name: 'Good One', type: 'Organization' },
      { id: 'planet-x', name: 'Planet X', type: 'Planet' },
      { id: 'no-name', type: 'Person' },
      { id: 'bad-country', name: 'Bad Country', type: 'Person', countryCode: 'ru' },
    ]);
    const problems = problemsOf([file]);
    expect(problems).toHaveLength(3);
    // Lines of the pretty-printed file; a missing field is placed at its entry.
    expect(problems[0]).toMatch(
      new RegExp(`^${file}:10: entry 1 \\(id "planet-x"\\), field "type": `),
    );
    expect(problems[1]).toMatch(
      new RegExp(`^${file}:12: entry 2 \\(id "no-name"\\), field "name": `),
    );
    expect(problems[2]).toMatch(
      new RegExp(
        `^${file}:20: entry 3 \\(id "bad-country"\\), field "countryCode": countryCode must be ISO alpha-3`,
      ),
    );
  });

  it('reports ids that no actor has, built in or in the files', () => {
    const first = actorsFile('first.json', [
      { id: 'local-party', name: 'Local Party', type: 'Organization', memberOf: ['NATO-X'] },
      { id: 'party-youth', name: 'Party Youth', type: 'Organization', partOf: 'local-party' },
    ]);
    const second = actorsFile('second.json', [
      {
        id: 'jane-roe',
        name: 'Jane Roe',
        type: 'Person',
        memberOf: ['local-party', 'nato', 'ghost-club'],
        terms: [{ role: 'President', of: 'ZZZ', from: '2020' }],
      },
      { id: 'old-name', name: 'Old Name', type: 'Organization', mergedInto: 'nowhere' },
    ]);
    expect(problemsOf([first, second])).toEqual([
      `${first}:7: entry 0 (id "local-party"), field "memberOf.0": no actor has the id "NATO-X"`,
      `${second}:9: entry 0 (id "jane-roe"), field "memberOf.2": no actor has the id "ghost-club"`,
      `${second}:14: entry 0 (id "jane-roe"), field "terms.0.of": no actor has the id "ZZZ"`,
      `${second}:23: entry 1 (id "old-name"), field "mergedInto": no actor has the id "nowhere"`,
    ]);
  });

  it('reports the problems of every file together', () => {
    const a = actorsFile('a.json', [{ id: 'a-one', name: 'A', type: 'Nowhere' }]);
    const b = actorsFile('b.json', [{ id: 'b-one', name: 'B', type: 'Person', partOf: 'zz-top' }]);
    const problems = problemsOf([a, b]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${a}:5: entry 0 \\(id "a-one"\\), field "type"`));
    expect(problems[1]).toMatch(new RegExp(`^${b}:6: .*no actor has the id "zz-top"`));
  });

  it('loads files whose references all resolve', () => {
    const file = actorsFile('fine.json', [
      { id: 'fine-party', name: 'Fine Party', type: 'Organization', memberOf: ['nato'] },
      { id: 'fine-youth', name: 'Fine Youth', type: 'Organization', partOf: 'fine-party' },
    ]);
    const registry = loadActorRegistry({ extraFiles: [file], env });
    expect(registry.get('fine-youth')?.partOf).toBe('fine-party');
  });
});
