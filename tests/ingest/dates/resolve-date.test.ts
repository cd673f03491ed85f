// Dates in text resolved against the article date, or against today when the article has none.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveDate } from '../../../ingest/dates/resolve-date.ts';

afterEach(() => vi.useRealTimers());

describe('resolveDate', () => {
  it('reads a weekday in a dated article as the last such day on or before it', () => {
    // 2022-03-08 was a Tuesday.
    expect(resolveDate('Putin met Raisi on Friday.', '2022-03-08')).toBe('2022-03-04');
    expect(resolveDate('Putin met Raisi on Tuesday.', '2022-03-08')).toBe('2022-03-08');
  });

  it('never resolves a weekday in an undated article into the future', () => {
    // Ingested on a Tuesday (2026-12-01), in the morning, without an article date.
    vi.useFakeTimers({ now: new Date('2026-12-01T08:30:00'), toFake: ['Date'] });
    expect(resolveDate('Putin met Raisi on Friday.', null)).toBe('2026-11-27');
    expect(resolveDate('Putin met Raisi on Tuesday.', null)).toBe('2026-12-01');
    expect(resolveDate('Putin met Raisi last Friday.', null)).toBe('2026-11-27');
    expect(resolveDate('Putin met Raisi on Monday.', null)).toBe('2026-11-30');
  });

  it('keeps a future date the sentence announces', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T08:30:00'), toFake: ['Date'] });
    expect(resolveDate('Putin will meet Raisi next Friday.', null)! > '2026-12-01').toBe(true);
  });

  it('falls back to the article date, or null without one', () => {
    expect(resolveDate('Putin met Raisi.', '2021-07-01')).toBe('2021-07-01');
    expect(resolveDate('Putin met Raisi.', null)).toBeNull();
  });
});
