// Boilerplate clean-up: what goes, what stays, and that offsets still index the input exactly.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../ingest/read/clean-text.ts';

/** Kept lines of the cleaned text, for readable expectations. */
const keptLines = (text: string): string[] =>
  cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Every character is either kept in place or became a space; newlines never move. */
function expectOffsetsPreserved(input: string): void {
  const cleaned = cleanText(input);
  expect(cleaned.length).toBe(input.length);
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '\n' || input[i] === '\r') expect(cleaned[i]).toBe(input[i]);
    else if (cleaned[i] !== input[i]) expect(cleaned[i]).toBe(' ');
  }
}

const BODY = 'The two delegations met for six hours and agreed to meet again next week.';

describe('cleanText drops boilerplate lines', () => {
  // [case, boilerplate line]
  const lines: [string, string][] = [
    ['read-more prompt', 'Want to read more?'],
    ['read more', 'Read more'],
    ['read more with headline', 'Read more: Rival parties agree on election date'],
    ['subscribe', 'Subscribe'],
    ['newsletter', 'Sign up for our newsletter'],
    [
      'newsletter with pitch',
      'Sign up for our newsletter to get the morning briefing in your inbox',
    ],
    ['share', 'Share this article'],
    ['advertisement', 'Advertisement'],
    ['advertisement bullet', '- ADVERTISEMENT -'],
    [
      'cookie notice',
      'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    ],
    ['copyright', '© 2023 Example Media Group. All rights reserved.'],
    ['copyright word', 'Copyright 2021 The Example Herald'],
    ['byline', 'By Maria Jensen'],
    ['byline with desk', 'By Maria Jensen and Tomás Ortiz, Staff Reporters'],
    ['reporting credit', 'Reporting by Ana Silva; Editing by John Roe'],
  ];
  it.each(lines)('%s', (_case, line) => {
    const input = `${BODY}\n\n${line}\n\n${BODY.replace('six', 'seven')}`;
    expect(keptLines(input)).toEqual([BODY, BODY.replace('six', 'seven')]);
    expectOffsetsPreserved(input);
  });
});

describe('cleanText keeps article sentences that look a little like boilerplate', () => {
  const kept: [string, string][] = [
    ['sentence starting with By', 'By Monday, the troops had withdrawn from the pass.'],
    [
      'sentence about subscriptions',
      'Subscribers to the treaty must report their stockpiles every year.',
    ],
    ['share as a verb', 'Shareholders of the state oil company met in the capital.'],
    ['title-cased single line', 'Talks Resume in Geneva'],
    ['dateline', 'GENEVA, March 7, 2022 - Delegations from both states met on Monday.'],
  ];
  it.each(kept)('%s', (_case, line) => {
    expect(keptLines(`${line}\n\n${BODY}`)).toEqual([line, BODY]);
  });

  it('keeps a list introduced by a colon (members, participants)', () => {
    const input = 'The founding members were:\nFrance\nGermany\nItaly\nBelgium\n\n' + BODY;
    expect(keptLines(input)).toEqual([
      'The founding members were:',
      'France',
      'Germany',
      'Italy',
      'Belgium',
      BODY,
    ]);
  });
});

describe('cleanText drops blocks', () => {
  it('drops a repeated paragraph and keeps its first occurrence', () => {
    const quote = '"We will not negotiate under fire," the minister told reporters in the capital.';
    const input = `${quote}\n\n${BODY}\n\n${quote}\n\nThe next round is planned for May.`;
    const cleaned = cleanText(input);
    expect(keptLines(input)).toEqual([quote, BODY, 'The next round is planned for May.']);
    expect(cleaned.indexOf(quote)).toBe(0);
    expect(cleaned.lastIndexOf(quote)).toBe(0);
    expectOffsetsPreserved(input);
  });

  it('drops a repeated paragraph even when it is wrapped differently', () => {
    const input = `${BODY}\n\nThe envoy left for the\nneighbouring capital at dawn.\n\nThe envoy left for the neighbouring\ncapital at dawn.`;
    expect(keptLines(input)).toEqual([
      BODY,
      'The envoy left for the',
      'neighbouring capital at dawn.',
    ]);
  });

  it('drops "Recommended" and "Most viewed" boxes with their headlines', () => {
    const input = [
      BODY,
      '',
      'Recommended',
      '',
      'Heatwave grips the southern provinces',
      'Election date set after long delay',
      '',
      'Most viewed',
      'Football club sold to investment group',
      'Why the river dispute matters',
      '',
      'The talks will resume after the holiday, officials said on Friday.',
    ].join('\n');
    expect(keptLines(input)).toEqual([
      BODY,
      'The talks will resume after the holiday, officials said on Friday.',
    ]);
    expectOffsetsPreserved(input);
  });

  it('drops a citation block: the heading and the reference after it', () => {
    const input = [
      BODY,
      '',
      'Cite this article',
      '',
      'Jensen, M. (2022). Delegations meet again. The Example Review, 14(3), 22-25.',
      '',
      'How to cite: Ortiz, T. "Border talks", Example Quarterly, 2021.',
    ].join('\n');
    expect(keptLines(input)).toEqual([BODY]);
    expectOffsetsPreserved(input);
  });

  it('drops a navigation list of short title-cased lines', () => {
    const input = ['Home', 'World', 'Politics', 'Business', 'Science & Tech', '', BODY].join('\n');
    expect(keptLines(input)).toEqual([BODY]);
    expectOffsetsPreserved(input);
  });

  it('drops a list of markdown links', () => {
    const input = `${BODY}\n\n- [Previous story](https://example.org/a)\n- [Next story](https://example.org/b)\n`;
    expect(keptLines(input)).toEqual([BODY]);
  });
});

describe('cleanText offsets', () => {
  it('keeps the length, the newlines and every kept character in place', () => {
    const input = [
      'Skip to main content',
      'Home',
      'World',
      'Markets',
      '',
      'Talks Resume in Geneva',
      'By Ana Silva',
      '',
      BODY,
      'Advertisement',
      'The ceasefire line will be watched by observers from the regional bloc.',
      '',
      'Want to read more?',
      BODY,
      '© 2022 Example News',
    ].join('\n');
    expectOffsetsPreserved(input);
    const cleaned = cleanText(input);
    const sentence = 'The ceasefire line will be watched';
    // An offset found in the cleaned text indexes the same words in the original.
    const at = cleaned.indexOf(sentence);
    expect(input.slice(at, at + sentence.length)).toBe(sentence);
    expect(cleaned.indexOf(BODY)).toBe(input.indexOf(BODY));
  });

  it('keeps CRLF line breaks and non-BMP characters at their offsets', () => {
    const input = `${BODY}\r\nShare this article\r\nThe flag 🇺🇦 was raised over the town hall on Sunday morning.\r\n`;
    expectOffsetsPreserved(input);
    expect(cleanText(input)).toContain(`\r\n${' '.repeat('Share this article'.length)}\r\n`);
  });

  it('returns text without boilerplate unchanged', () => {
    const input = `${BODY}\n\nThe next round is planned for May.\n`;
    expect(cleanText(input)).toBe(input);
    expect(cleanText('')).toBe('');
  });
});

describe('cleanText drops the chrome of publication pages', () => {
  // [case, boilerplate line]
  const lines: [string, string][] = [
    ['section header with the site', 'Analysis & Opinions - Example Institute'],
    ['section header with a bar', 'Commentary | The Example Review'],
    ['publication-type label', 'Journal Article'],
    ['label list', 'Report, Policy Brief'],
    ['label with the journal', 'Journal Article - Example Security Review'],
    [
      'label with a centre and its school',
      'Report - Centre for Example Studies, Example School of Government',
    ],
    ['bulleted label with its journal', '- Policy Brief - Example Foundation'],
    [
      'full text kept elsewhere',
      'The full text of this publication can be found at Example Institute.',
    ],
    [
      'MLA reference',
      'Okafor, Chidi. “Georgia and Armenia Deepen Ties.” Example Institute, May 2, 2023.',
    ],
    [
      'MLA reference without a space',
      'Okafor, Chidi.“Georgia and Armenia Deepen Ties.” Example Institute, 2023.',
    ],
    [
      'reference with two authors',
      'Okafor, Chidi, and Lena Brandt. "Border Talks Resume." Example Quarterly, 2021.',
    ],
    [
      'APA reference',
      'Jensen, M. (2022). Delegations meet again. The Example Review, 14(3), 22-25.',
    ],
  ];
  it.each(lines)('%s', (_case, line) => {
    const input = `${BODY}\n${line}\n${BODY.replace('six', 'seven')}`;
    expect(keptLines(input)).toEqual([BODY, BODY.replace('six', 'seven')]);
    expectOffsetsPreserved(input);
  });

  it('drops an academic-citation heading and its reference inside a paragraph, and nothing after', () => {
    const input = [
      BODY,
      'For Academic Citation:',
      'Okafor, Chidi. “Talks Resume.” Example Institute, May 2, 2023.',
      'The envoy is expected back in the capital on Thursday.',
    ].join('\n');
    expect(keptLines(input)).toEqual([
      BODY,
      'The envoy is expected back in the capital on Thursday.',
    ]);
  });

  it('drops a contact heading and the office named under it, and nothing after', () => {
    const input = [
      BODY,
      'For more information on this publication:',
      'Example Press Office',
      'The envoy is expected back in the capital on Thursday.',
    ].join('\n');
    expect(keptLines(input)).toEqual([
      BODY,
      'The envoy is expected back in the capital on Thursday.',
    ]);
  });

  it('drops bulleted box headings ("- In the Spotlight") with the titles under them', () => {
    const input = [
      BODY,
      '- Recommended',
      '- In the Spotlight',
      'Recommended',
      'Journal Article',
      '- Example Security Review',
      'Why Two Neighbours Signed a Defence Pact',
      'In the Spotlight',
      'Report - Centre for Example Studies',
      'The Evolution of Cooperation in the Gulf of Example',
      '',
      'The talks will resume after the holiday, officials said on Friday.',
    ].join('\n');
    expect(keptLines(input)).toEqual([
      BODY,
      'The talks will resume after the holiday, officials said on Friday.',
    ]);
    expectOffsetsPreserved(input);
  });

  it('cleans a teaser page flattened without blank lines down to its headline and body', () => {
    const headline = 'Georgia and Armenia Deepen Ties as the Region Shifts';
    const first =
      'The foreign ministers of Georgia and Armenia met in Tbilisi on Monday to sign a transit agreement.';
    const second = 'The agreement follows months of talks over the rail link....';
    const page = [
      'Commentary - Example Institute for Peace',
      headline,
      first,
      second,
      'Want to Read More?',
      'The full text of this publication can be found at Example Institute for Peace.',
      'For more information on this publication:',
      'Example Press Office',
      'For Academic Citation:',
      `Okafor, Chidi.“${headline}.” Example Institute for Peace, May 2, 2023.`,
      '- Recommended',
      '- In the Spotlight',
      '- Most Viewed',
      'Recommended',
      'Journal Article',
      '- Example Security Review',
      'Why Turkey and Azerbaijan Signed a Defence Pact',
      'Report',
      '- Centre for Example Studies',
      'The Evolution of Chinese and Pakistani Cooperation in Gwadar',
      'In the Spotlight',
      'Most Viewed',
      'Policy Brief - Example Foundation, Example University',
      'The Long Shadow of the Caucasus Wars',
      first,
      second,
      'Want to Read More?',
      'The full text of this publication can be found at Example Institute for Peace.- Recommended',
      '- In the Spotlight',
      'Journal Article - Example Security Review',
      'Why Turkey and Azerbaijan Signed a Defence Pact',
    ].join('\n');
    expect(keptLines(page)).toEqual([headline, first, second]);
    expectOffsetsPreserved(page);
  });
});

describe('cleanText keeps article lines that look like page chrome', () => {
  const kept: [string, string][] = [
    [
      'sentence opening with a label word',
      'Analysis of satellite images showed new trenches along the border.',
    ],
    ['news as a noun', 'News of the ceasefire reached the capital on Friday.'],
    ['report as a verb', 'Reports from the front describe heavy shelling near the river.'],
    ['place then a quote', 'Paris, France. "We will not back down," the minister said.'],
    ['name then an apposition', 'Okafor, the envoy, said "we are ready" on Monday in 2023.'],
    [
      'the phrase for more information in a sentence',
      'For more information, the committee asked both ministries for their records.',
    ],
    ['a headline with a label and a colon', 'Analysis: Why Ankara Turned to Moscow'],
  ];
  it.each(kept)('%s', (_case, line) => {
    expect(keptLines(`${line}\n${BODY}`)).toEqual([line, BODY]);
  });
});
