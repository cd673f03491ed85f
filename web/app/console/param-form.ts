// Form fields built from a named query's parameter descriptors, and the typed values read back from them.
import type { QueryParamDescriptor } from '../api/types.ts';
import { el } from '../dom/el.ts';
import { actorSuggestions } from '../search/actor-suggestions.ts';

export interface ParamForm {
  element: HTMLElement;
  /** The typed values; actor names are resolved to ids (the suggestion chosen, else the best match). */
  values(): Promise<Record<string, unknown>>;
}

/** An actor field: names suggested from the search as one types; reads back the chosen actor's id. */
function actorField(id: string, p: QueryParamDescriptor) {
  const listId = `${id}-list`;
  const input = el('input', {
    id,
    name: p.name,
    type: 'text',
    list: listId,
    autocomplete: 'off',
    required: Boolean(p.required),
    placeholder: 'actor name, e.g. Iran',
  });
  const { list, lookup } = actorSuggestions(input, listId, (h) => `${h.type} · ${h.id}`);
  const resolve = async (): Promise<string | undefined> => {
    if (!input.value.trim()) return undefined;
    // An id typed as such (or a name no search finds) goes as typed: the server names what it lacks.
    return (await lookup()).exact?.id ?? input.value.trim();
  };
  return { input, list, resolve };
}

const isNumeric = (t: string) => /^(int|integer|number|float)$/i.test(t);
const isBoolean = (t: string) => /^bool(ean)?$/i.test(t);
const isList = (t: string) => /\[\]$|^list/i.test(t);
// Descriptor param types: string, int, float, boolean, date, string[].

export function paramForm(queryName: string, params: readonly QueryParamDescriptor[]): ParamForm {
  const fields = params.map((p) => {
    const id = `param-${queryName}-${p.name}`;
    const initial = p.default === undefined || p.default === null ? '' : p.default;
    let input: HTMLInputElement | HTMLSelectElement;
    let actor: ReturnType<typeof actorField> | null = null;
    if (p.actor) {
      actor = actorField(id, p);
      input = actor.input;
    } else if (p.enum?.length && isList(p.type)) {
      const chosen = Array.isArray(initial) ? initial.map(String) : [];
      input = el(
        'select',
        { id, name: p.name, multiple: true, size: Math.min(6, p.enum.length) },
        p.enum.map((v) => el('option', { value: v, selected: chosen.includes(v) }, v)),
      );
    } else if (p.enum?.length) {
      input = el(
        'select',
        { id, name: p.name },
        [...(p.required ? [] : ['']), ...p.enum].map((v) =>
          el('option', { value: v }, v || '(any)'),
        ),
      );
      input.value = String(initial);
    } else if (isBoolean(p.type)) {
      input = el('input', { id, name: p.name, type: 'checkbox', checked: Boolean(initial) });
    } else {
      input = el('input', {
        id,
        name: p.name,
        type: isNumeric(p.type) ? 'number' : /date/i.test(p.type) ? 'date' : 'text',
        value: Array.isArray(initial) ? initial.join(', ') : String(initial),
        required: Boolean(p.required),
        min: p.min,
        max: p.max,
        step: /float/i.test(p.type) ? 'any' : undefined,
        placeholder: isList(p.type) ? 'comma-separated' : '',
      });
    }
    const row = el('div', { class: 'param-row' }, [
      el('label', { for: id }, [
        p.name,
        p.required ? el('span', { class: 'required' }, ' *') : null,
      ]),
      input,
      actor?.list,
      p.description ? el('small', { class: 'muted' }, p.description) : null,
    ]);
    const read = async (): Promise<unknown> => {
      if (actor) return actor.resolve();
      if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked;
      if (input instanceof HTMLSelectElement && input.multiple) {
        const values = [...input.selectedOptions].map((o) => o.value);
        return values.length ? values : undefined;
      }
      const raw = input.value.trim();
      if (raw === '') return undefined;
      if (isNumeric(p.type)) return Number(raw);
      if (isList(p.type))
        return raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      return raw;
    };
    return { name: p.name, row, read };
  });
  return {
    element: el(
      'div',
      { class: 'param-form' },
      fields.map((f) => f.row),
    ),
    values: async () => {
      const read = await Promise.all(fields.map(async (f) => [f.name, await f.read()] as const));
      return Object.fromEntries(read.filter(([, v]) => v !== undefined));
    },
  };
}
