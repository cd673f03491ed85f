// Evidence marks: names and trigger words found in a sentence, inflected forms included, names first.
import { describe, expect, it } from 'vitest';
import {
  evidenceSegments,
  triggerPattern,
  wordForms,
} from '../../../web/app/panels/evidence-marks.ts';

const marked = (sentence: string, names: RegExp | null, words: string[]) =>
  evidenceSegments(sentence, names, triggerPattern(words))
    .filter((s) => s.kind)
    .map((s) => `${s.kind}:${s.text}`);

describe('evidence marks', () => {
  it('finds a trigger verb in its inflected and irregular forms', () => {
    expect(wordForms('impose')).toContain('imposed');
    expect(wordForms('impose')).toContain('imposing');
    expect(wordForms('carry')).toContain('carried');
    expect(wordForms('stop')).toContain('stopped');
    expect(wordForms('strike')).toContain('struck');
    expect(marked('The EU imposed new sanctions on Iran.', /Iran|EU/g, ['impose', 'slap'])).toEqual(
      ['name:EU', 'trigger:imposed', 'name:Iran'],
    );
    expect(marked('Russia struck Kyiv overnight.', /Russia|Kyiv/g, ['strike', 'hit'])).toEqual([
      'name:Russia',
      'trigger:struck',
      'name:Kyiv',
    ]);
  });

  it('marks whole words and phrases only, and no trigger when the rule has no words', () => {
    expect(marked('The army and its armour.', null, ['arm'])).toEqual([]);
    expect(marked('They met in Ankara.', null, ['meet'])).toEqual(['trigger:met']);
    expect(marked('Iran called for restraint.', null, ['called for'])).toEqual([
      'trigger:called for',
    ]);
    expect(triggerPattern([])).toBeNull();
    expect(marked('Iran and Russia.', /Iran|Russia/g, [])).toEqual(['name:Iran', 'name:Russia']);
  });

  it('keeps the whole sentence, in order', () => {
    const sentence = 'Turkey shot down a Russian jet.';
    const segments = evidenceSegments(sentence, /Turkey/g, triggerPattern(['shoot']));
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
  });
});
