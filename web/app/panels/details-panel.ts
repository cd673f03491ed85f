// The details tab: renders the selected actor or relation, loading it from the API (latest request wins).
import { api } from '../api/client.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import type { ViewStore } from '../state/view.ts';
import type { MergeActorsResponse } from '../api/types.ts';
import { actorCorrections, createActorForm, mergeNotice } from './actor-corrections.ts';
import { actorPanel } from './actor-panel.ts';
import { notesSection } from './notes-section.ts';
import { relationPanel } from './relation-panel.ts';
import { loadPairSeries } from '../timeline/pair-series.ts';

export function mountDetailsPanel(
  container: HTMLElement,
  view: ViewStore,
  explorer: Explorer,
  /** Reloads the graph and the counts after a correction changed the database. */
  reload: () => Promise<unknown>,
): () => void {
  let token = 0;
  const select = (id: string) => void explorer.showActor(id);
  // The last merge made here, offered for undo while its kept actor is shown.
  let lastMerge: { result: MergeActorsResponse; duplicateName: string } | null = null;
  const corrected = {
    async saved(id: string) {
      await reload();
      const s = view.get().selection;
      // The same actor again: its panel is redrawn here, as selecting it again changes nothing.
      if (s?.kind === 'actor' && s.id === id) void render();
      else await explorer.showActor(id);
    },
    async merged(result: MergeActorsResponse, duplicateName: string) {
      lastMerge = { result, duplicateName };
      await corrected.saved(result.keep);
    },
  };
  const undoMerge = async () => {
    if (!lastMerge) return;
    const { duplicate } = lastMerge.result;
    await api.undoMerge(lastMerge.result.mergeId);
    lastMerge = null;
    await corrected.saved(duplicate);
  };
  const empty = () =>
    el('div', { class: 'empty-state' }, [
      el('h2', {}, 'Nothing selected'),
      el(
        'p',
        {},
        'Search for an actor, or click an actor or a relation in the graph to see its evidence.',
      ),
      createActorForm(corrected),
    ]);

  const render = async () => {
    const selection = view.get().selection;
    const mine = ++token;
    if (!selection) return replaceChildren(container, empty());
    replaceChildren(container, el('p', { class: 'muted loading' }, 'Loading…'));
    try {
      if (selection.kind === 'actor') {
        const detail = await api.actor(selection.id);
        if (mine !== token) return;
        replaceChildren(
          container,
          actorPanel(
            detail,
            {
              select,
              centre: (id) => void explorer.showActor(id),
              expand: async (id, relationTypes) => {
                await explorer.expand(id, relationTypes);
              },
              hide: (id) => view.dispatch({ type: 'hide', node: id }),
              togglePin: (id) => view.dispatch({ type: 'togglePin', node: id }),
              isPinned: (id) => view.get().pinned.includes(id),
            },
            {
              notice:
                lastMerge?.result.keep === detail.actor.id
                  ? mergeNotice(
                      lastMerge.result,
                      lastMerge.duplicateName,
                      detail.actor.name,
                      undoMerge,
                    )
                  : null,
              controls: actorCorrections(detail.actor, corrected),
              notes: notesSection('actor', detail.actor.id),
            },
          ),
        );
      } else {
        const data = await api.evidence(selection.id);
        if (mine !== token) return;
        replaceChildren(
          container,
          relationPanel(data, select, loadPairSeries, notesSection('relation', data.relation.id)),
        );
      }
    } catch (error) {
      if (mine !== token) return;
      replaceChildren(
        container,
        el('p', { class: 'error', role: 'alert' }, (error as Error).message),
      );
    }
  };
  void render();
  return view.subscribe((s, prev) => {
    if (s.selection !== prev.selection) void render();
  });
}
