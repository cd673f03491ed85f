// Evidence sentences with the actors' names marked, built from text nodes and <mark> elements only.
import { el } from '../dom/el.ts';
import type { EvidenceItem } from '../api/types.ts';

/** What highlighting needs of an actor: its names. */
type Named = { name: string; aliases?: string[] };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names and aliases of the actors, longest first so "Islamic Republic of Iran" wins over "Iran". */
export function namePattern(actors: Named[]): RegExp | null {
  const names = [
    ...new Set(
      actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]).filter((n) => n && n.trim().length > 1),
    ),
  ].sort((a, b) => b.length - a.length);
  if (!names.length) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** A sentence as a fragment: plain text with each actor name in a <mark>. */
export function markedSentence(sentence: string, pattern: RegExp | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (start > last) fragment.appendChild(document.createTextNode(sentence.slice(last, start)));
      fragment.appendChild(el('mark', {}, match[0]));
      last = start + match[0].length;
    }
  }
  if (last < sentence.length) fragment.appendChild(document.createTextNode(sentence.slice(last)));
  return fragment;
}

/** A safe link: only http(s) URLs become links, opened without referrer or opener. */
function articleLink(url: string | null, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
  }
  return el('span', {}, text);
}

export function evidenceList(evidence: EvidenceItem[], actors: Named[]): HTMLElement {
  if (!evidence.length) return el('p', { class: 'muted' }, 'No evidence recorded.');
  const pattern = namePattern(actors);
  return el(
    'ol',
    { class: 'evidence' },
    evidence.map((item) => {
      const meta = [
        item.article.source,
        item.date ?? item.article.publishedAt,
        item.modality && item.modality !== 'asserted' ? item.modality : null,
        `confidence ${Math.round((item.confidence ?? 0) * 100)}%`,
      ].filter(Boolean) as string[];
      return el('li', { class: 'evidence-item' }, [
        el('blockquote', { class: 'sentence' }, markedSentence(item.sentence, pattern)),
        el('div', { class: 'evidence-meta' }, [
          articleLink(item.article.url, item.article.title || 'Untitled article'),
          el('span', { class: 'muted' }, ` · ${meta.join(' · ')}`),
        ]),
      ]);
    }),
  );
}
