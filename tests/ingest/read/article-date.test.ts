// Dates: metadata first, else a dateline or a date near the top, else the page's citation of itself, as ISO YYYY-MM-DD, else null.
import { describe, expect, it } from 'vitest';
import { articleDate, type DateMeta } from '../../../ingest/read/article-date.ts';

const BODY = 'Delegations met on Monday to discuss the border.';

describe('articleDate from metadata', () => {
  // [meta, expected]
  const cases: [DateMeta, string | null][] = [
    [{ publishedAt: '2022-03-07' }, '2022-03-07'],
    [{ publishedAt: '2022-03-07T23:30:00-05:00' }, '2022-03-07'], // the day as written, not shifted to UTC
    [{ date: 'March 7, 2022' }, '2022-03-07'],
    [{ published: '7 March 2022' }, '2022-03-07'],
    [{ publishedAt: 'not a date', date: '2021-01-02' }, '2021-01-02'],
    [{ publishedAt: '2022-02-30' }, null], // no such day, and nothing in the text
  ];
  it.each(cases)('%o → %s', (meta, expected) => {
    expect(articleDate(meta, BODY)).toBe(expected);
  });

  it('prefers metadata over the text', () => {
    expect(articleDate({ date: '2020-01-01' }, `GENEVA, March 7, 2022 - ${BODY}`)).toBe(
      '2020-01-01',
    );
  });
});

describe('articleDate from the text', () => {
  const cases: [string, string | null][] = [
    [`GENEVA, March 7, 2022 - ${BODY}`, '2022-03-07'],
    [`LONDON, 7 March 2022 (Example Wire) - ${BODY}`, '2022-03-07'],
    [`Published 2022-03-07\n\n${BODY}`, '2022-03-07'],
    [`Talks in Geneva\nBy Ana Silva\nUpdated: 14 June 2023\n\n${BODY}`, '2023-06-14'],
    [BODY, null], // "Monday" alone is not a date
    [`${BODY}\n\nThe war began in March 2022.`, null], // month and year only
    [`${'A long paragraph without dates. '.repeat(40)}\n\nOn 7 March 2022 the talks failed.`, null], // not near the top
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(articleDate({}, text)).toBe(expected);
  });
});

describe("articleDate from the page's citation of itself", () => {
  const filler = 'A long paragraph without dates. '.repeat(40);
  const reference = 'Okafor, Chidi. “Border Talks Resume.” Example Institute, May 2, 2023.';
  const cases: [string, string, string | null][] = [
    [
      'a reference far down the page',
      `${filler}\n\nFor Academic Citation:\n${reference}`,
      '2023-05-02',
    ],
    [
      'a dateline wins over the reference',
      `GENEVA, March 7, 2022 - ${BODY}\n${filler}\n${reference}`,
      '2022-03-07',
    ],
    [
      'a reference with a year only',
      `${filler}\nOkafor, Chidi. “Border Talks.” Example Quarterly, 2021.`,
      null,
    ],
    [
      'a date in a sentence far down is not a reference',
      `${filler}\nOn May 2, 2023 the talks failed.`,
      null,
    ],
  ];
  it.each(cases)('%s', (_case, text, expected) => {
    expect(articleDate({}, text)).toBe(expected);
  });
});
