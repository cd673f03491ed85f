// The prepared actor index the compiled CLI loads (written into dist/ by bin/build-cli.js) restores the registry
// the sources build: the same actors, name index, bodies and capitals, and so the same matches.
import { describe, expect, it } from 'vitest';
import { ActorRegistry, loadActorRegistry } from '../../../ingest/actors/index.ts';
import { prepareActorIndex } from '../../../ingest/actors/prepare-actor-index.ts';

const env = { ENTENTE_CURATED_ACTORS: '/nonexistent/actors.json' };
const TEXT =
  'The Kremlin said Moscow would answer; Iranian officials met the U.S. State Department in Geneva, ' +
  'and President Erdogan spoke to the UN Security Council about Hayat Tahrir al-Sham.';

describe('prepared actor index', () => {
  const built = loadActorRegistry({ env });
  // Through JSON, as the compiled CLI reads it from disk.
  const prepared = JSON.parse(JSON.stringify(prepareActorIndex())) as ReturnType<
    typeof prepareActorIndex
  >;
  const restored = new ActorRegistry(prepared.registry);

  it('restores the registry the sources build, entry for entry', () => {
    expect(restored.size).toBe(built.size);
    expect(restored.toIndex()).toEqual(JSON.parse(JSON.stringify(built.toIndex())));
  });

  it('finds the same names, bodies and capitals', () => {
    const matches = built.findMatches(TEXT);
    expect(matches.length).toBeGreaterThan(5);
    expect(restored.findMatches(TEXT)).toEqual(matches);
    expect(restored.bodyOf('RUS', 'foreign-ministry')).toBe(
      built.bodyOf('RUS', 'foreign-ministry'),
    );
    expect(restored.get('moscow')?.type).toBe('Place');
    expect(restored.holderOf('USA', 'president', '2015-06-01')?.id).toBe(
      built.holderOf('USA', 'president', '2015-06-01')?.id,
    );
  });

  it('holds the built-in actors in priority order, as the registry is built from them', () => {
    expect(prepared.format).toBe(1);
    expect(prepared.builtIn.actors.map((a) => a.id).slice(0, 3)).toEqual(
      built
        .all()
        .map((a) => a.id)
        .slice(0, 3),
    );
    expect(new Set(prepared.builtIn.actors.map((a) => a.id)).size).toBeLessThanOrEqual(built.size);
  });
});
