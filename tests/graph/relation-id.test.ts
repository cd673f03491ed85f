// The relation-id codec: SOURCE|TYPE|TARGET built and read back, malformed ids refused.
import { describe, expect, it } from 'vitest';
import { formatRelationId, parseRelationId } from '../../graph/relation-id.ts';

describe('relation id', () => {
  it.each([
    [{ source: 'IRN', type: 'PROVIDE_ARMS', target: 'RUS' }, 'IRN|PROVIDE_ARMS|RUS'],
    [{ source: 'wagner-group', type: 'ATTACK', target: 'UKR' }, 'wagner-group|ATTACK|UKR'],
  ])('%j is %s, and back', (key, id) => {
    expect(formatRelationId(key)).toBe(id);
    expect(parseRelationId(id)).toEqual(key);
  });

  it.each(['RUS', 'RUS|IRN', '|ATTACK|UKR', 'RUS||UKR', 'RUS|ATTACK|', 'A|B|C|D', ''])(
    '%j is no relation id',
    (id) => expect(parseRelationId(id)).toBeNull(),
  );
});
