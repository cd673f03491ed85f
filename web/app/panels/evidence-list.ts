// Evidence sentences with the actors' names and the trigger words marked (text nodes and <mark> elements only),
// and the rule, the event's date and the article's date each named apart.
import { el } from '../dom/el.ts';
import type { EvidenceItem } from '../api/types.ts';
import { requestBookmark } from '../investigations/bookmark-event.ts';
import { requestArticle } from '../reader/open-article.ts';
import { evidenceSegments, triggerPattern } from './evidence-marks.ts';

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

/** A sentence as a fragment: plain text, each actor name in a <mark>, each trigger word in a <mark class="trigger">. */
export function markedSentence(
  sentence: string,
  pattern: RegExp | null,
  trigger: RegExp | null = null,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of evidenceSegments(sentence, pattern, trigger)) {
    if (segment.kind === 'name') fragment.appendChild(el('mark', {}, segment.text));
    else if (segment.kind === 'trigger')
      fragment.appendChild(
        el('mark', { class: 'trigger', title: 'the words that made the relation' }, segment.text),
      );
    else fragment.appendChild(document.createTextNode(segment.text));
  }
  return fragment;
}

/** A safe link: only http(s) URLs become links, opened without referrer or opener. */
function articleLink(url: string | null, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
  }
  return el('span', {}, text);
}

/** "also carried by 3 outlets: A, B, C", the first few named; null when no other outlet carried the story. */
export function carriedByText(outlets: string[] | undefined, named = 5): string | null {
  const n = outlets?.length ?? 0;
  if (!outlets || n === 0) return null;
  const names = outlets.slice(0, named).join(', ') + (n > named ? `, and ${n - named} more` : '');
  return `also carried by ${n} ${n === 1 ? 'outlet' : 'outlets'}: ${names}`;
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
        item.modality && item.modality !== 'asserted' ? item.modality : null,
        `confidence ${Math.round((item.confidence ?? 0) * 100)}%`,
      ].filter(Boolean) as string[];
      const trigger = triggerPattern(item.triggerWords ?? []);
      const carried = carriedByText(item.article.alsoCarriedBy);
      return el('li', { class: 'evidence-item' }, [
        el('blockquote', { class: 'sentence' }, markedSentence(item.sentence, pattern, trigger)),
        el('dl', { class: 'evidence-facts' }, [
          el('dt', {}, 'event'),
          el('dd', { class: 'event-date' }, item.date ?? 'undated'),
          el('dt', {}, 'article'),
          el('dd', { class: 'article-date' }, item.article.publishedAt ?? 'undated'),
          el('dt', {}, 'rule'),
          el('dd', { class: 'rule' }, el('code', {}, item.rule)),
        ]),
        el('div', { class: 'evidence-meta' }, [
          articleLink(item.article.url, item.article.title || 'Untitled article'),
          el('span', { class: 'muted' }, ` · ${meta.join(' · ')} · `),
          ...(carried ? [el('span', { class: 'carried-by muted' }, `${carried} · `)] : []),
          el(
            'button',
            {
              type: 'button',
              class: 'link-button read-article',
              title: 'Read the whole article, with what was extracted from it marked',
              onclick: (e: Event) =>
                requestArticle(e.currentTarget as Element, {
                  articleId: item.article.id,
                  statementId: item.statementId,
                }),
            },
            'Read article',
          ),
          ' · ',
          el(
            'button',
            {
              type: 'button',
              class: 'link-button bookmark-statement',
              title: 'Keep this statement in the investigation (the Saved tab)',
              onclick: (e: Event) =>
                requestBookmark(e.currentTarget as Element, {
                  statementId: item.statementId,
                  sentence: item.sentence,
                }),
            },
            'Bookmark',
          ),
        ]),
      ]);
    }),
  );
}
