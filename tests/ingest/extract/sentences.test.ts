// Sentence splitting: exact offsets, and over-long runs of text cut to a bounded length so cost stays linear.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../ingest/extract/sentences.ts';
import { _extract } from './_extract.ts';

describe('splitSentences', () => {
  it('keeps offsets that index the text', () => {
    const text = 'Chile met Peru. Bolivia, however, stayed away.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Chile met Peru.',
      'Bolivia, however, stayed away.',
    ]);
  });

  it('cuts a run without sentence ends into pieces of at most the bound, at spaces, losing no word', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.cut || s === spans[spans.length - 1]).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(spans.map((s) => s.text).join(' ')).toBe(text);
  });

  it('leaves news-length sentences whole and counts the cut pieces in the extraction', () => {
    expect(_extract('Chile met Peru in Lima on Monday.', '2023-06-01').cutSentences).toBe(0);
    const long = `${'Chile met Peru and '.repeat(200)}Bolivia.`;
    const extraction = _extract(long, '2023-06-01');
    expect(extraction.cutSentences).toBeGreaterThan(1);
    expect(extraction.relations.some((r) => r.source === 'CHL' && r.target === 'PER')).toBe(true);
  });
});
