// The UI's colours and labels follow the shared vocabulary: one style per actor type and quad class, in the
// vocabulary's order, and cooperation and conflict as the vocabulary splits them.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_TYPES,
  CONFLICT_CLASSES,
  COOPERATION_CLASSES,
  QUAD_CLASSES,
} from '../../../ingest/ontology/vocabulary.ts';
import {
  ACTOR_TYPE_STYLES,
  actorTypeColor,
  QUAD_CLASS_STYLES,
  UNKNOWN_ACTOR_COLOR,
} from '../../../web/app/explorer/palette.ts';

describe('palette', () => {
  it('styles every actor type once, in the vocabulary order, each in its own colour', () => {
    expect(ACTOR_TYPE_STYLES.map((s) => s.id)).toEqual([...ACTOR_TYPES]);
    expect(new Set(ACTOR_TYPE_STYLES.map((s) => s.color)).size).toBe(ACTOR_TYPES.length);
    expect(ACTOR_TYPES.map(actorTypeColor)).not.toContain(UNKNOWN_ACTOR_COLOR);
  });

  it('styles every quad class once, then the structural types', () => {
    expect(QUAD_CLASS_STYLES.map((s) => s.id)).toEqual([...QUAD_CLASSES, 'STRUCTURAL']);
  });

  it('marks cooperation and conflict as the vocabulary splits them', () => {
    const cooperative = QUAD_CLASS_STYLES.filter((s) => s.cooperative === true).map((s) => s.id);
    const conflicting = QUAD_CLASS_STYLES.filter((s) => s.cooperative === false).map((s) => s.id);
    expect(cooperative).toEqual([...COOPERATION_CLASSES]);
    expect(conflicting).toEqual([...CONFLICT_CLASSES]);
  });
});

describe('the vocabulary split of quad classes', () => {
  it('puts every quad class on exactly one side', () => {
    expect([...COOPERATION_CLASSES, ...CONFLICT_CLASSES].sort()).toEqual([...QUAD_CLASSES].sort());
  });
});
