// RSS and Atom feeds: the article links a feed lists, for `entente watch URL` to read each article itself.
import { linkedomOnUse } from './linkedom-on-use.ts';
import { ReadError } from './read-error.ts';

export interface FeedItem {
  /** The article's address, absolute. */
  link: string;
  title: string;
}

/** The direct children of an element with this local name ("link" matches <link> and <atom:link>). */
const childrenNamed = (parent: Element, name: string): Element[] =>
  [...parent.children].filter((c) => (c.localName ?? c.tagName).replace(/^.*:/, '') === name);

/** An item's page: Atom's alternate (or rel-less) link, RSS's <link>, else a permalink guid. */
function linkOf(item: Element): string | null {
  for (const link of childrenNamed(item, 'link')) {
    const href = link.getAttribute('href');
    if (href !== null) {
      const rel = link.getAttribute('rel') ?? 'alternate';
      if (rel === 'alternate') return href.trim();
    } else if (link.textContent?.trim()) return link.textContent.trim();
  }
  const guid = childrenNamed(item, 'guid')[0];
  if (guid && guid.getAttribute('isPermaLink') !== 'false') return guid.textContent?.trim() || null;
  return null;
}

/**
 * The http(s) links of a feed's items, in the feed's order, once each; relative links resolve against `base` (the
 * feed's own address). Throws when the text is not an RSS (2.0 or 1.0) or Atom feed.
 */
export function parseFeed(xml: string, base: string): FeedItem[] {
  const { DOMParser } = linkedomOnUse();
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = document.documentElement;
  const kind = root ? (root.localName ?? root.tagName).replace(/^.*:/, '') : '';
  if (!['rss', 'feed', 'RDF'].includes(kind))
    throw new ReadError(
      base,
      `not an RSS or Atom feed (its root element is <${root?.tagName ?? 'none'}>)`,
    );
  const items = [...document.querySelectorAll('item, entry')];
  const seen = new Set<string>();
  const found: FeedItem[] = [];
  for (const item of items) {
    const raw = linkOf(item);
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) continue;
    seen.add(url.href);
    found.push({
      link: url.href,
      title: childrenNamed(item, 'title')[0]?.textContent?.trim() ?? '',
    });
  }
  return found;
}
