// Actor names suggested in a text box as one types (a datalist: typed, arrowed and chosen by keyboard), and the
// actor a typed name stands for: the console's actor parameters and the path finder share it.
import { api } from '../api/client.ts';
import type { ActorHit } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';

const LIMIT = 8;

export interface ActorSuggestions {
  list: HTMLDataListElement;
  /** The actor the box names exactly (by name or id), and the search's hits for what is typed. */
  lookup(): Promise<{ exact: ActorHit | undefined; found: ActorHit[] }>;
}

/** Fills the datalist `listId` (which `input` names as its list) from the actor search; `describe` labels each name. */
export function actorSuggestions(
  input: HTMLInputElement,
  listId: string,
  describe: (hit: ActorHit) => string,
): ActorSuggestions {
  const list = el('datalist', { id: listId });
  let hits: ActorHit[] = [];
  let token = 0;
  input.addEventListener('input', () => {
    const q = input.value.trim();
    const mine = ++token;
    if (q.length < 2) return;
    void api.searchActors(q, LIMIT).then((found) => {
      // A later keystroke's answer wins.
      if (mine !== token) return;
      hits = found;
      replaceChildren(
        list,
        found.map((h) => el('option', { value: h.name }, describe(h))),
      );
    });
  });
  return {
    list,
    async lookup() {
      const q = input.value.trim();
      const exact = (h: ActorHit) => h.name.toLowerCase() === q.toLowerCase() || h.id === q;
      const known = hits.find(exact);
      if (known) return { exact: known, found: hits };
      const found = await api.searchActors(q, LIMIT);
      return { exact: found.find(exact), found };
    },
  };
}
