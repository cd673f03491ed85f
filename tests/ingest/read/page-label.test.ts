// Page labels ("Journal Article", "Analysis & Opinions - Example Institute") and the title they must not become.
import { describe, expect, it } from 'vitest';
import { articleTitle } from '../../../ingest/read/article-title.ts';
import { isPageLabel } from '../../../ingest/read/page-label.ts';

describe('isPageLabel', () => {
  const cases: [string, boolean][] = [
    ['Journal Article', true],
    ['Report', true],
    ['- Policy Brief', true],
    ['Analysis & Opinions', true],
    ['Analysis & Opinions - Example Institute', true],
    ['Commentary | The Example Review', true],
    ['Report - Centre for Example Studies, Example School of Government', true],
    ['Analysis: Why Ankara Turned to Moscow', false], // a headline with a kicker
    ['Report - the ministry says talks failed.', false], // a sentence after the dash
    ['Analysis of satellite images showed new trenches', false],
    ['Georgia and Armenia Deepen Ties', false],
    ['', false],
  ];
  it.each(cases)('%s → %s', (line, expected) => {
    expect(isPageLabel(line)).toBe(expected);
  });
});

describe('articleTitle prefers the headline to the page section', () => {
  const text = 'Georgia and Armenia Deepen Ties\nThe foreign ministers met in Tbilisi on Monday.';
  const cases: [string, string | undefined, string][] = [
    [
      'a section header as metadata',
      'Analysis & Opinions - Example Institute',
      'Georgia and Armenia Deepen Ties',
    ],
    ['a publication type as metadata', 'Journal Article', 'Georgia and Armenia Deepen Ties'],
    ['a real title as metadata', 'Caucasus Transit Deal Signed', 'Caucasus Transit Deal Signed'],
    ['no metadata', undefined, 'Georgia and Armenia Deepen Ties'],
  ];
  it.each(cases)('%s', (_case, meta, expected) => {
    expect(articleTitle(meta, text, 'page.txt')).toBe(expected);
  });
});
