// The title: metadata unless it only labels the page, else the first heading or short first line, else the origin's base name.
import { basename } from 'node:path';
import { isPageLabel } from './page-label.ts';

const MAX_TITLE_LINE = 150;
const HEADING_SEARCH_LINES = 10;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A readable name for where the article came from: file name without extension, URL's last segment, "stdin". */
export function originName(origin: string): string {
  const bare = origin.replace(/(?::\d+|\[\d+\])$/, '');
  const suffix = origin.slice(bare.length);
  if (bare === '-') return `stdin${suffix}`;
  if (/^https?:\/\//i.test(bare)) {
    try {
      const url = new URL(bare);
      const last = url.pathname.split('/').filter(Boolean).pop();
      const name = last ? decodeURIComponent(last).replace(/\.[a-z0-9]{1,8}$/i, '') : '';
      return (name || url.hostname) + suffix;
    } catch {
      return bare + suffix;
    }
  }
  return basename(bare).replace(/\.[a-z0-9]{1,8}$/i, '') + suffix;
}

export function articleTitle(metaTitle: string | undefined, text: string, origin: string): string {
  // "Analysis & Opinions - Example Institute" names the page's section, not the article: the text has the headline.
  if (metaTitle && collapse(metaTitle) && !isPageLabel(metaTitle)) return collapse(metaTitle);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, HEADING_SEARCH_LINES)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (heading) return collapse(heading[1]);
  }
  const first = lines[0];
  if (first && first.length <= MAX_TITLE_LINE) return collapse(first);
  return originName(origin);
}
