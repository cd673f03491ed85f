// An HTML page to a draft: Readability's main text, title from the article/og/<title>, dates and site from meta.
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { createRequire } from 'node:module';
import { nodeText, htmlToText, parseDocument } from './html-text.ts';
import type { ArticleDraft } from './types.ts';

// Page chrome removed before the fallback text, used only when Readability finds no article.
const CHROME =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button';

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="citation_publication_date"]',
];

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

// Required on first use, as linkedom is (linkedom-on-use.ts): text and Markdown inputs never load it.
const requireOnUse = createRequire(import.meta.url);
let Readability: typeof ReadabilityClass | undefined;

/**
 * Past this depth of nested elements Readability is not run: its work grows far faster than the depth (200 nested
 * elements took 2 s, 1,000 took 32 s, 5,000 over 200 s on this machine), while news pages nest a few dozen deep.
 * Such a page gets the fallback text.
 */
const READABILITY_MAX_DEPTH = 100;

/** Whether some element lies deeper than `max` below `root`, found with a stack of its own (no recursion). */
function nestedDeeperThan(root: Element, max: number): boolean {
  const pending: [Element, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!;
    if (depth > max) return true;
    for (const child of Array.from(element.children)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Readability's result, or null: a page it cannot handle still gets the fallback text. */
function readArticle(doc: Document): ReturnType<ReadabilityClass['parse']> {
  if (nestedDeeperThan(doc.documentElement, READABILITY_MAX_DEPTH)) return null;
  Readability ??= (requireOnUse('@mozilla/readability') as { Readability: typeof ReadabilityClass })
    .Readability;
  try {
    return new Readability(doc).parse();
  } catch {
    return null;
  }
}

/** `pageUrl` resolves relative canonical links and is the url when the page names none. */
export function htmlToDraft(html: string, pageUrl?: string): ArticleDraft {
  const doc = parseDocument(html);
  // Metadata is read before Readability, which rewrites the document as it works.
  const ogTitle = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const docTitle = doc.querySelector('title')?.textContent?.trim() || undefined;
  const h1 = doc.querySelector('h1')?.textContent?.trim() || undefined;
  const siteName = metaContent(doc, [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
  ]);
  const metaDate =
    metaContent(doc, DATE_META) ??
    (doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || undefined);
  const url =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(metaContent(doc, ['meta[property="og:url"]']), pageUrl) ??
    pageUrl;

  const parsed = readArticle(doc);
  let text = parsed?.content ? htmlToText(parsed.content) : '';
  if (!text) {
    const fallback = parseDocument(html);
    fallback.querySelectorAll(CHROME).forEach((el) => el.remove());
    text = nodeText(fallback.body ?? fallback.documentElement);
  }
  const title = [parsed?.title, ogTitle, docTitle, h1]
    .map((t) => t?.replace(/\s+/g, ' ').trim())
    .find(Boolean);
  return {
    text,
    title,
    url,
    source: parsed?.siteName?.trim() || siteName,
    publishedAt: parsed?.publishedTime?.trim() || metaDate,
  };
}
