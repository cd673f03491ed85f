// Correcting actors from the details tab: add an alias, change type or country, merge an actor into another (and
// undo it), create one by hand. Every change goes through the curation API, which also keeps the curated registry.
import { api, ApiError } from '../api/client.ts';
import type { ActorDetail, ActorHit, MergeActorsResponse } from '../api/types.ts';
import { el } from '../dom/el.ts';
import { actorSuggestions } from '../search/actor-suggestions.ts';
import { ACTOR_TYPES } from '../../../ingest/ontology/vocabulary.ts';
import { slugify } from '../../../ingest/actors/slug.ts';

export interface CorrectionHooks {
  /** A change was saved: reload the graph and show actor `id` (its panel again). */
  saved(id: string): Promise<void>;
  /** The shown actor was merged into another; the kept one is shown and offers the undo. */
  merged(result: MergeActorsResponse, duplicateName: string): Promise<void>;
}

const COUNTRY = /^[A-Z]{3}$/;

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

/** A form that disables its button while `submit` runs and says how it went in `status`. */
function form(
  id: string,
  children: HTMLElement[],
  label: string,
  status: HTMLElement,
  submit: () => Promise<string | null>,
): HTMLFormElement {
  const button = el('button', { type: 'submit', class: 'button' }, label);
  const node = el('form', { id, class: 'curation-form' }, [...children, button]);
  node.addEventListener('submit', (e) => {
    e.preventDefault();
    button.disabled = true;
    status.classList.remove('error');
    status.textContent = 'Saving…';
    submit()
      .then((done) => (status.textContent = done ?? ''))
      .catch((error: unknown) => {
        status.classList.add('error');
        status.textContent = errorText(error);
      })
      .finally(() => (button.disabled = false));
  });
  return node;
}

const field = (id: string, label: string, input: HTMLElement, extra?: HTMLElement) =>
  el('div', { class: 'field' }, [el('label', { for: id }, label), input, extra ?? null]);

const typeSelect = (id: string, current: string) => {
  const select = el(
    'select',
    { id, class: 'text-input' },
    ACTOR_TYPES.map((t) => el('option', { value: t }, t)),
  );
  select.value = current;
  return select;
};

const countryInput = (id: string, current: string | null) =>
  el('input', {
    id,
    class: 'text-input',
    value: current ?? '',
    maxlength: 3,
    autocomplete: 'off',
    placeholder: 'ISO alpha-3, e.g. FIN; empty for none',
  });

const BAD_COUNTRY = 'The country is three letters (ISO alpha-3), or empty.';

/** The country box's value: null when empty, undefined when not three letters. */
function countryOf(input: HTMLInputElement): string | null | undefined {
  const code = input.value.trim().toUpperCase();
  if (code && !COUNTRY.test(code)) return undefined;
  return code || null;
}

/** "Correct this actor": alias, type and country, and the merge into another actor. */
export function actorCorrections(actor: ActorDetail['actor'], hooks: CorrectionHooks): HTMLElement {
  const status = el('p', { id: 'curate-status', class: 'muted', role: 'status' });

  const alias = el('input', { id: 'curate-alias', class: 'text-input', autocomplete: 'off' });
  const aliasForm = form(
    'curate-alias-form',
    [field('curate-alias', 'Another name for this actor', alias)],
    'Add alias',
    status,
    async () => {
      const name = alias.value.trim();
      if (!name) return 'Type the name to add.';
      await api.editActor(actor.id, { addAliases: [name] });
      await hooks.saved(actor.id);
      return null;
    },
  );

  const type = typeSelect('curate-type', actor.type);
  const country = countryInput('curate-country', actor.countryCode);
  const profileForm = form(
    'curate-profile-form',
    [
      el('div', { class: 'field-row' }, [
        field('curate-type', 'Type', type),
        field('curate-country', 'Country', country),
      ]),
    ],
    'Save type and country',
    status,
    async () => {
      const code = countryOf(country);
      if (code === undefined) return BAD_COUNTRY;
      const changes = {
        ...(type.value !== actor.type ? { type: type.value as (typeof ACTOR_TYPES)[number] } : {}),
        ...(code !== actor.countryCode ? { countryCode: code } : {}),
      };
      if (Object.keys(changes).length === 0) return 'Nothing changed.';
      await api.editActor(actor.id, changes);
      await hooks.saved(actor.id);
      return null;
    },
  );

  const into = el('input', {
    id: 'curate-merge-into',
    class: 'text-input',
    list: 'curate-merge-into-list',
    autocomplete: 'off',
    placeholder: 'Actor name or id',
  });
  const suggestions = actorSuggestions(
    into,
    'curate-merge-into-list',
    (h: ActorHit) => `${h.type}${h.countryCode ? ` · ${h.countryCode}` : ''} · ${h.id}`,
  );
  const mergeForm = form(
    'curate-merge-form',
    [
      field('curate-merge-into', `Merge ${actor.name} into`, into, suggestions.list),
      el(
        'p',
        { class: 'muted small' },
        'The same actor under another name: its statements, names and memberships move to the actor ' +
          'chosen, and this one goes. The merge can be undone.',
      ),
    ],
    'Merge',
    status,
    async () => {
      if (!into.value.trim()) return 'Type the actor to keep.';
      const { exact } = await suggestions.lookup();
      if (!exact)
        return `No actor is named exactly "${into.value.trim()}": pick one from the list.`;
      if (exact.id === actor.id) return 'Pick another actor: this one cannot merge into itself.';
      const result = await api.mergeActors(exact.id, actor.id);
      await hooks.merged(result, actor.name);
      return null;
    },
  );

  return el('details', { class: 'curation', id: 'actor-curation' }, [
    el('summary', {}, 'Correct this actor'),
    aliasForm,
    profileForm,
    mergeForm,
    status,
    createActorForm(hooks),
  ]);
}

/** Creating an actor the extraction never found; its id comes from the name unless given. */
export function createActorForm(hooks: Pick<CorrectionHooks, 'saved'>): HTMLElement {
  const status = el('p', { id: 'create-actor-status', class: 'muted', role: 'status' });
  const name = el('input', { id: 'create-actor-name', class: 'text-input', autocomplete: 'off' });
  const id = el('input', {
    id: 'create-actor-id',
    class: 'text-input',
    autocomplete: 'off',
    placeholder: 'from the name, e.g. "hayat-tahrir-al-sham"',
  });
  const type = typeSelect('create-actor-type', 'Organization');
  const country = countryInput('create-actor-country', null);
  const node = form(
    'create-actor-form',
    [
      field('create-actor-name', 'Name', name),
      field('create-actor-id', 'Id (optional)', id),
      el('div', { class: 'field-row' }, [
        field('create-actor-type', 'Type', type),
        field('create-actor-country', 'Country', country),
      ]),
    ],
    'Create actor',
    status,
    async () => {
      const actorName = name.value.trim();
      if (!actorName) return 'Give the actor a name.';
      const actorId = id.value.trim() || slugify(actorName);
      const code = countryOf(country);
      if (code === undefined) return BAD_COUNTRY;
      const created = await api.createActor({
        id: actorId,
        name: actorName,
        type: type.value as (typeof ACTOR_TYPES)[number],
        countryCode: code,
      });
      await hooks.saved(created.id);
      return null;
    },
  );
  return el('details', { class: 'curation', id: 'create-actor' }, [
    el('summary', {}, 'Create an actor by hand'),
    node,
    status,
  ]);
}

/** After a merge, in the kept actor's panel: what happened and the button that undoes it. */
export function mergeNotice(
  merge: MergeActorsResponse,
  duplicateName: string,
  keepName: string,
  undo: () => Promise<void>,
): HTMLElement {
  const status = el('span', { role: 'status' });
  const button = el('button', { type: 'button', id: 'undo-merge', class: 'button small' }, 'Undo');
  button.addEventListener('click', () => {
    button.disabled = true;
    undo().catch((error: unknown) => {
      button.disabled = false;
      status.textContent = ` ${errorText(error)}`;
    });
  });
  return el('p', { class: 'notice', id: 'merge-notice' }, [
    `${duplicateName} was merged into ${keepName} (${merge.moved} statement${merge.moved === 1 ? '' : 's'} moved). `,
    button,
    status,
  ]);
}
