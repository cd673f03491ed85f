// Near-duplicate signatures: a story with small edits stays above the threshold, other texts fall far below it.
import { describe, expect, it } from 'vitest';
import {
  copySignature,
  copySimilarity,
  DEFAULT_COPY_SETTINGS,
  validateCopySettings,
} from '../../../ingest/copies/copy-signature.ts';

const STORY = `Finland and Latvia agreed on Friday to cooperate on winter shipping in the Baltic, their transport \
ministers said in Helsinki. Icebreakers from both fleets will keep the northern lanes open in turn, and a shared \
schedule will be published each December. The ministers said the plan would cut the waiting time of cargo ships \
quickly, and that harbour fees would not rise to pay for it. Estonia was invited to join the rota next winter, and \
the three governments will meet again in the spring to count the cost.`;

const similarity = (a: string, b: string) =>
  copySimilarity(copySignature(a)!.minhash, copySignature(b)!.minhash);

describe('copy signatures', () => {
  it.each([
    ['a wire credit added', `${STORY} Reporting by the Harbour Daily desk.`],
    ['layout and case', STORY.toUpperCase().replace(/\. /g, '.\n\n')],
    ['two words changed', STORY.replace('on Friday', 'late on Friday').replace('quickly', 'soon')],
  ])('keeps a copy with %s above the threshold', (_, copy) => {
    expect(similarity(STORY, copy)).toBeGreaterThanOrEqual(DEFAULT_COPY_SETTINGS.threshold);
  });

  it('puts a different text on the same actors far below the threshold', () => {
    const other = `Finland and Latvia agreed on Friday to cooperate on winter shipping, but their fishing fleets \
still quarrel over the herring quota in the gulf. Latvian crews say the Finnish boats arrive earlier each year and \
leave the shoals thin, while Helsinki says the catch is counted fairly by inspectors from both sides. A court in \
Riga will hear the first case in June, and the fishermen of both coasts have promised to keep to the quota until \
then, whatever the weather brings.`;
    expect(similarity(STORY, other)).toBeLessThan(0.2);
  });

  it('judges no text shorter than the minimum', () => {
    expect(copySignature('Finland and Latvia agreed on Friday to cooperate.')).toBeNull();
  });

  it('gives the same signature every time, with one key per band', () => {
    const a = copySignature(STORY)!;
    expect(copySignature(STORY)).toEqual(a);
    expect(a.minhash).toHaveLength(DEFAULT_COPY_SETTINGS.hashes);
    expect(new Set(a.bands).size).toBe(DEFAULT_COPY_SETTINGS.bands);
  });

  it('refuses settings that do not fit', () => {
    expect(() => validateCopySettings({ ...DEFAULT_COPY_SETTINGS, bands: 7 })).toThrow(/bands/);
    expect(() => validateCopySettings({ ...DEFAULT_COPY_SETTINGS, threshold: 0 })).toThrow(
      /threshold/,
    );
  });
});
