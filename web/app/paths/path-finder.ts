// The path finder: two actors chosen by name, options (cooperation only, the filters' period, a longest length),
// the shortest paths listed with each hop's statements and its evidence on demand, and drawn in the graph.
import { api } from '../api/client.ts';
import type { ActorHit, PathsResult, RelationEvidence } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { actorTypeColor } from '../explorer/palette.ts';
import { actorSuggestions } from '../search/actor-suggestions.ts';
import { evidenceList } from '../panels/evidence-list.ts';
import type { FiltersStore } from '../state/filters.ts';
import { firstDay, lastDay } from '../state/months.ts';

type ActorPath = PathsResult['paths'][number];

/** A name box with suggestions from the actor search (a datalist: typed, arrowed and chosen by keyboard). */
function actorInput(
  id: string,
  label: string,
): { row: HTMLElement; input: HTMLInputElement; resolve(): Promise<ActorHit | null> } {
  const input = el('input', {
    type: 'text',
    id,
    list: `${id}-list`,
    autocomplete: 'off',
    placeholder: 'Actor name, e.g. Finland',
    required: true,
  });
  const { list, lookup } = actorSuggestions(
    input,
    `${id}-list`,
    (h) => `${h.type}${h.countryCode ? ` · ${h.countryCode}` : ''}`,
  );
  return {
    row: el('div', { class: 'field' }, [el('label', { for: id }, label), input, list]),
    input,
    async resolve() {
      const { exact, found } = await lookup();
      return exact ?? found[0] ?? null;
    },
  };
}

function hopEvidence(from: string, to: string): HTMLElement {
  const body = el('div', { class: 'hop-evidence' }, el('p', { class: 'muted' }, 'Loading…'));
  const details = el('details', { class: 'hop' }, [el('summary', {}, 'Evidence'), body]);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    api
      .runQuery('relation-evidence', { a: from, b: to, limit: 5 })
      .then((result) => {
        const rows = (result as { data: unknown }).data as RelationEvidence[];
        replaceChildren(
          body,
          rows.length
            ? rows.map((r) =>
                el('div', {}, [
                  el(
                    'h4',
                    {},
                    `${r.relation.source.name} ${r.relation.type} ${r.relation.target.name}`,
                  ),
                  evidenceList(r.evidence, [r.relation.source, r.relation.target]),
                ]),
              )
            : el(
                'p',
                { class: 'muted' },
                'No relation between them (they are linked through the actors they lead or belong to).',
              ),
        );
      })
      .catch((error: Error) => replaceChildren(body, el('p', { class: 'error' }, error.message)));
  });
  return details;
}

function pathItem(path: ActorPath, open: (id: string) => void): HTMLElement {
  const chip = (a: ActorPath['actors'][number]) =>
    el(
      'button',
      { type: 'button', class: 'chip actor-chip', 'data-actor': a.id, onclick: () => open(a.id) },
      [el('span', { class: 'dot', style: `background:${actorTypeColor(a.type)}` }), a.name],
    );
  return el('li', { class: 'path' }, [
    el('div', { class: 'path-seq' }, [
      chip(path.actors[0]),
      ...path.steps.flatMap((step, i) => [
        el('span', { class: 'path-arrow', 'aria-hidden': 'true' }, '→'),
        chip(path.actors[i + 1]),
      ]),
    ]),
    el(
      'ol',
      { class: 'hops' },
      path.steps.map((step, i) =>
        el('li', { class: 'hop-row', 'data-from': step.from, 'data-to': step.to }, [
          el(
            'span',
            {},
            `${path.actors[i].name} – ${path.actors[i + 1].name}: ${step.statements} statement${step.statements === 1 ? '' : 's'}, net score ${step.netScore}`,
          ),
          hopEvidence(step.from, step.to),
        ]),
      ),
    ),
  ]);
}

export function mountPathFinder(
  container: HTMLElement,
  explorer: Explorer,
  filters: FiltersStore,
): () => void {
  const from = actorInput('path-from', 'From');
  const to = actorInput('path-to', 'To');
  const cooperative = el('input', { type: 'checkbox', id: 'path-cooperative' });
  const inPeriod = el('input', { type: 'checkbox', id: 'path-period' });
  const maxLength = el('input', {
    type: 'number',
    id: 'path-max-length',
    min: 1,
    max: 6,
    value: 4,
    class: 'number-input',
  });
  const output = el('div', { class: 'path-results', 'aria-live': 'polite' });
  let token = 0;

  const find = async () => {
    const mine = ++token;
    replaceChildren(output, el('p', { class: 'muted' }, 'Finding paths…'));
    try {
      const [a, b] = await Promise.all([from.resolve(), to.resolve()]);
      if (!a || !b) {
        const missing = (!a ? from : to).input.value.trim();
        replaceChildren(
          output,
          el('p', { class: 'error', role: 'alert' }, `No actor named "${missing}".`),
        );
        return;
      }
      const f = filters.get();
      const period = inPeriod.checked;
      const result = await api.analytics('paths', {
        actor: a.id,
        other: b.id,
        cooperativeOnly: cooperative.checked,
        maxLength: Number(maxLength.value) || 4,
        slack: 0,
        rollUp: false,
        from: period && f.from ? firstDay(f.from) : null,
        to: period && f.to ? lastDay(f.to) : null,
      });
      if (mine !== token) return;
      const data = result.data as PathsResult;
      if (!data.paths.length) {
        replaceChildren(
          output,
          el(
            'p',
            { class: 'muted' },
            `No path from ${a.name} to ${b.name} within ${maxLength.value} steps.`,
          ),
        );
        return;
      }
      const draw = async () => {
        explorer.checkpoint();
        const ids = [...new Set(data.paths.flatMap((p) => p.actors.map((x) => x.id)))];
        // Each hop's pair and their relations: the actors and every relation between consecutive ones.
        for (const p of data.paths)
          for (const s of p.steps)
            explorer.merge(await api.path(s.from, s.to).catch(() => ({ nodes: [], edges: [] })));
        explorer.layout.settle();
        explorer.highlight(ids);
        explorer.fitWhenSettled();
      };
      replaceChildren(output, [
        el('div', { class: 'results-header' }, [
          el(
            'h3',
            {},
            `${data.paths.length} shortest path${data.paths.length === 1 ? '' : 's'}, ${data.shortest} step${data.shortest === 1 ? '' : 's'}`,
          ),
          el(
            'button',
            { type: 'button', class: 'button', id: 'path-draw', onclick: () => void draw() },
            'Draw in graph',
          ),
        ]),
        el(
          'ol',
          { class: 'paths' },
          data.paths.map((p) => pathItem(p, (id) => void explorer.showActor(id))),
        ),
      ]);
    } catch (error) {
      if (mine === token)
        replaceChildren(
          output,
          el('p', { class: 'error', role: 'alert' }, (error as Error).message),
        );
    }
  };

  const form = el('form', { class: 'path-form', 'aria-label': 'Find paths between two actors' }, [
    from.row,
    to.row,
    el('label', { class: 'check', for: 'path-cooperative' }, [cooperative, 'Cooperation only']),
    el('label', { class: 'check', for: 'path-period' }, [inPeriod, 'Within the filters’ period']),
    el('div', { class: 'field' }, [
      el('label', { for: 'path-max-length' }, 'Longest (steps)'),
      maxLength,
    ]),
    el('button', { type: 'submit', class: 'button primary', id: 'path-find' }, 'Find paths'),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void find();
  });
  replaceChildren(container, [el('h2', {}, 'Path finder'), form, output]);
  return () => {
    token++;
  };
}
