// The query tab: named queries one click away (forms from their descriptors), a Cypher console, and the results.
import { api } from '../api/client.ts';
import type { NamedQuery, QueryResult } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import { mountCypherEditor, type CypherEditor } from './cypher-editor.ts';
import { paramForm } from './param-form.ts';
import { resultsTable, type ResultActions } from './results-table.ts';
import type { ViewStore } from '../state/view.ts';

const DEFAULT_QUERY = `MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.quadClass = 'MATERIAL_CONFLICT'
RETURN a, r, b
ORDER BY r.count DESC
LIMIT 25`;

/** The console's Cypher, kept apart from the editor: saved and restored (investigations) before the tab is opened. */
export interface ConsoleDraft {
  /** The Cypher in the editor, or the text set before it opened ('' when neither). */
  get(): string;
  set(text: string): void;
  attach(editor: CypherEditor | null): void;
}

export function createConsoleDraft(): ConsoleDraft {
  let text = '';
  let editor: CypherEditor | null = null;
  return {
    get: () => editor?.value() ?? text,
    set(next) {
      text = next;
      editor?.setValue(next);
    },
    attach(next) {
      if (editor && !next) text = editor.value();
      editor = next;
    },
  };
}

export function mountQueryConsole(
  container: HTMLElement,
  explorer: Explorer,
  view: ViewStore,
  draft: ConsoleDraft = createConsoleDraft(),
): () => void {
  // Chips in the results open what they name: an actor in the graph, a relation's evidence.
  const actions: ResultActions = {
    openActor: (id) => void explorer.showActor(id),
    openRelation: (id) => view.dispatch({ type: 'select', selection: { kind: 'relation', id } }),
  };
  const queryList = el(
    'div',
    { class: 'query-list', role: 'group', 'aria-label': 'Named queries' },
    el('p', { class: 'muted' }, 'Loading queries…'),
  );
  const queryForm = el('div', { class: 'query-form' });
  const editorHost = el('div', { class: 'cypher-editor' });
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  let editor: CypherEditor | null = null;
  let running = 0;

  const showResult = (title: string, result: QueryResult) => {
    const json = result.actorGraph;
    const hasGraph = json.nodes.length > 0;
    const summary = [
      `${result.rowCount ?? result.rows.length} row${(result.rowCount ?? result.rows.length) === 1 ? '' : 's'}`,
      result.elapsedMs !== undefined ? `${result.elapsedMs} ms` : null,
      'truncated' in result && result.truncated
        ? 'truncatedBy' in result && result.truncatedBy === 'bytes'
          ? 'truncated at the size limit'
          : 'truncated'
        : null,
      hasGraph ? `${json.nodes.length} actors, ${json.edges.length} relations` : null,
    ].filter(Boolean);
    replaceChildren(results, [
      el('div', { class: 'results-header' }, [
        el('h3', {}, title),
        el('span', { class: 'muted' }, summary.join(' · ')),
      ]),
      hasGraph
        ? el('div', { class: 'actions' }, [
            el(
              'button',
              {
                type: 'button',
                class: 'button',
                onclick: () => {
                  explorer.checkpoint();
                  const r = explorer.merge(json);
                  if (r.nodesPlaced.length) explorer.layout.settle();
                },
              },
              'Merge into view',
            ),
            el(
              'button',
              {
                type: 'button',
                class: 'button',
                onclick: () => {
                  explorer.checkpoint();
                  explorer.replace(json);
                  explorer.layout.settle();
                },
              },
              'Replace view',
            ),
          ])
        : null,
      result.columns.length
        ? resultsTable(result, actions)
        : el('p', { class: 'muted' }, 'No columns returned.'),
    ]);
  };
  const showError = (title: string, error: Error) =>
    replaceChildren(results, [
      el('div', { class: 'results-header' }, el('h3', {}, title)),
      el('div', { class: 'error', role: 'alert' }, [
        el('strong', {}, 'Query failed: '),
        error.message,
      ]),
    ]);
  const run = async (title: string, work: () => Promise<QueryResult>) => {
    const mine = ++running;
    replaceChildren(results, el('p', { class: 'muted' }, `Running ${title}…`));
    try {
      const result = await work();
      if (mine === running) {
        showResult(title, result);
        results.scrollIntoView({ block: 'nearest' });
      }
    } catch (error) {
      if (mine === running) showError(title, error as Error);
    }
  };

  const chooseQuery = (query: NamedQuery) => {
    for (const b of queryList.querySelectorAll('button'))
      b.setAttribute('aria-pressed', String(b.dataset.query === query.name));
    const form = paramForm(query.name, query.params);
    const element = el('form', { class: 'named-query', 'data-query': query.name }, [
      el('h3', {}, query.name),
      el('p', { class: 'muted' }, query.description),
      form.element,
      el('button', { type: 'submit', class: 'button primary' }, `Run ${query.name}`),
    ]);
    element.addEventListener('submit', (e) => {
      e.preventDefault();
      void run(query.name, async () => api.runQuery(query.name, await form.values()));
    });
    replaceChildren(queryForm, element);
  };

  const runCypher = () => void run('Cypher', () => api.cypher(editor?.value() ?? ''));

  replaceChildren(container, [
    el('section', { class: 'panel-section' }, [
      el('h2', {}, 'Named queries'),
      queryList,
      queryForm,
    ]),
    el('section', { class: 'panel-section' }, [
      el('h2', {}, 'Cypher'),
      el(
        'p',
        { class: 'muted small' },
        'Read-only. Ctrl+Enter runs. Actor nodes in the result can be drawn in the graph.',
      ),
      editorHost,
      el('div', { class: 'actions' }, [
        el(
          'button',
          { type: 'button', class: 'button primary', id: 'run-cypher', onclick: runCypher },
          'Run query',
        ),
      ]),
    ]),
    results,
  ]);

  try {
    editor = mountCypherEditor(editorHost, draft.get() || DEFAULT_QUERY, runCypher);
    draft.attach(editor);
  } catch (error) {
    replaceChildren(
      editorHost,
      el('p', { class: 'error' }, `Editor failed to load: ${(error as Error).message}`),
    );
  }

  api
    .queries()
    .then((queries) =>
      replaceChildren(
        queryList,
        queries.length
          ? queries.map((q) =>
              el(
                'button',
                {
                  type: 'button',
                  class: 'chip',
                  'data-query': q.name,
                  title: q.description,
                  'aria-pressed': 'false',
                  onclick: () => chooseQuery(q),
                },
                q.name,
              ),
            )
          : el('p', { class: 'muted' }, 'No named queries.'),
      ),
    )
    .catch((error: Error) =>
      replaceChildren(queryList, el('p', { class: 'error', role: 'alert' }, error.message)),
    );

  return () => {
    draft.attach(null);
    editor?.destroy();
  };
}
