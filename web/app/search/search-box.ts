// Actor search with autocomplete over names and aliases (ARIA combobox; arrows, Enter and Escape work).
import { api } from '../api/client.ts';
import type { ActorHit } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { actorTypeColor } from '../explorer/palette.ts';

const DEBOUNCE_MS = 150;

export function mountSearchBox(
  container: HTMLElement,
  onChoose: (hit: ActorHit) => void,
): () => void {
  const listId = 'search-results';
  const input = el('input', {
    type: 'search',
    id: 'actor-search',
    class: 'search-input',
    placeholder: 'Search actors, e.g. Iran, NATO, Putin…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = el('ul', { id: listId, class: 'search-results', role: 'listbox', hidden: true });
  const status = el('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  replaceChildren(container, [
    el('label', { for: 'actor-search', class: 'visually-hidden' }, 'Search actors'),
    input,
    list,
    status,
  ]);

  let hits: ActorHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: ActorHit) => {
    input.value = hit.name;
    close();
    onChoose(hit);
  };
  const setActive = (i: number) => {
    active = hits.length ? (i + hits.length) % hits.length : -1;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  const show = (q: string) => {
    replaceChildren(
      list,
      hits.length
        ? hits.map((hit, i) => {
            const alias = hit.aliases?.find(
              (a) => a.toLowerCase().includes(q.toLowerCase()) && a !== hit.name,
            );
            const li = el(
              'li',
              {
                id: `search-hit-${i}`,
                role: 'option',
                'aria-selected': 'false',
                class: 'search-hit',
              },
              [
                el('span', { class: 'dot', style: `background:${actorTypeColor(hit.type)}` }),
                el('span', { class: 'hit-name' }, hit.name),
                alias ? el('span', { class: 'hit-alias' }, ` (${alias})`) : null,
                el('span', { class: 'hit-type' }, hit.type),
              ],
            );
            li.addEventListener('mousedown', (e) => {
              e.preventDefault();
              choose(hit);
            });
            return li;
          })
        : [
            el(
              'li',
              { class: 'search-empty', role: 'option', 'aria-disabled': 'true' },
              'No actor found',
            ),
          ],
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'}`;
    setActive(hits.length ? 0 : -1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(() => {
      const mine = ++request;
      api
        .searchActors(q, 10)
        .then((result) => {
          if (mine !== request || input.value.trim() !== q) return;
          hits = result;
          show(q);
        })
        .catch((error: Error) => {
          if (mine !== request) return;
          hits = [];
          replaceChildren(list, el('li', { class: 'search-empty error' }, error.message));
          list.hidden = false;
        });
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && hits.length) show(input.value.trim());
      else setActive(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0 && hits[active]) {
        e.preventDefault();
        choose(hits[active]);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (e.key === '/' && !typing) {
      e.preventDefault();
      input.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('keydown', onKey);
  };
}
