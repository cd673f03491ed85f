// Sentence splitting: exact offsets, over-long runs of text cut to a bounded length so cost stays linear, and no
// input long enough to exhaust the stack.
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

  it('splits around tens of megabytes of white space without running out of stack', () => {
    // What clean-up leaves of a file of repeated lines: one sentence, then its copies blanked to spaces (offsets
    // kept). An open-ended \\s repeat in the boundary pattern threw "Maximum call stack size exceeded" here.
    for (const gap of [' '.repeat(30_000_000), ' \n'.repeat(10_000_000)]) {
      const text = `Chile met Peru.${gap}Peru met Chile.`;
      const spans = splitSentences(text);
      expect(spans.map((s) => s.text)).toEqual(['Chile met Peru.', 'Peru met Chile.']);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // A gap longer than the bounded repeat still ends the sentence before it.
    expect(
      splitSentences(`Chile met Peru.${' '.repeat(100)}peru met Chile.`).map((s) => s.text),
    ).toEqual(['Chile met Peru.', 'peru met Chile.']);
  });

  it('leaves news-length sentences whole and counts the cut pieces in the extraction', () => {
    expect(_extract('Chile met Peru in Lima on Monday.', '2023-06-01').cutSentences).toBe(0);
    const long = `${'Chile met Peru and '.repeat(200)}Bolivia.`;
    const extraction = _extract(long, '2023-06-01');
    expect(extraction.cutSentences).toBeGreaterThan(1);
    expect(extraction.relations.some((r) => r.source === 'CHL' && r.target === 'PER')).toBe(true);
  });
});
