// The Saved tab: save the view as an investigation (a name, a note, the filters, selection, camera, pins, hidden
// actors, the console's Cypher and the bookmarked statements), list the saved ones and open them (#investigation=ID).
import { api, ApiError } from '../api/client.ts';
import type { InvestigationSummary, InvestigationView, SavedInvestigation } from '../api/types.ts';
import type { ConsoleDraft } from '../console/query-console.ts';
import { el, replaceChildren } from '../dom/el.ts';
import type { Explorer } from '../explorer/explorer.ts';
import type { FiltersStore } from '../state/filters.ts';
import { formatHash, parseHash } from '../state/url-sync.ts';
import type { ViewStore } from '../state/view.ts';
import { BOOKMARK_STATEMENT, type BookmarkDetail } from './bookmark-event.ts';

export interface InvestigationDeps {
  filters: FiltersStore;
  view: ViewStore;
  explorer: Explorer;
  consoleDraft: ConsoleDraft;
  /** Resolves once the graph for the current filters is loaded (no reload due or under way). */
  whenLoaded(): Promise<void>;
}

export interface InvestigationsPanel {
  /** Loads a saved investigation and puts its view back. */
  open(id: string): Promise<void>;
  teardown(): void;
}

/** The id a `#investigation=ID` hash names, or null. */
export const investigationInHash = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get('investigation');

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

export function mountInvestigationsPanel(
  container: HTMLElement,
  deps: InvestigationDeps,
): InvestigationsPanel {
  const { filters, view, explorer, consoleDraft } = deps;
  // The investigation open (null: a new one), and the statements bookmarked in it, in order.
  let current: { id: string; name: string } | null = null;
  let bookmarks: BookmarkDetail[] = [];

  const name = el('input', {
    id: 'investigation-name',
    class: 'text-input',
    autocomplete: 'off',
    placeholder: 'e.g. Who arms Russia, 2022',
  });
  const note = el('textarea', {
    id: 'investigation-note',
    class: 'textarea',
    rows: 3,
    placeholder: 'What this is about, what is left to check',
  });
  const opened = el('p', { id: 'investigation-open', class: 'muted' });
  const status = el('p', { id: 'investigation-status', class: 'muted', role: 'status' });
  const bookmarkList = el('ul', { id: 'investigation-bookmarks', class: 'bookmarks' });
  const bookmarkTitle = el('h3', {});
  const savedList = el('ul', { id: 'investigation-list', class: 'investigations' });
  const updateButton = el(
    'button',
    { type: 'button', class: 'button', id: 'investigation-update' },
    'Update',
  );

  const capture = (): InvestigationView => {
    const v = view.get();
    const camera = explorer.sigma.getCamera().getState();
    return {
      hash: formatHash(filters.get(), v),
      camera: { x: camera.x, y: camera.y, ratio: camera.ratio, angle: camera.angle },
      hidden: v.hidden,
      pinned: v.pinned,
      query: consoleDraft.get(),
    };
  };

  const renderBookmarks = () => {
    bookmarkTitle.textContent = `Bookmarked statements (${bookmarks.length})`;
    replaceChildren(
      bookmarkList,
      bookmarks.length
        ? bookmarks.map((b) =>
            el('li', { class: 'bookmark' }, [
              el(
                'blockquote',
                { class: 'sentence' },
                b.sentence || `(statement ${b.statementId} is gone)`,
              ),
              el(
                'button',
                {
                  type: 'button',
                  class: 'link-button',
                  onclick: () => {
                    bookmarks = bookmarks.filter((x) => x.statementId !== b.statementId);
                    renderBookmarks();
                  },
                },
                'Remove',
              ),
            ]),
          )
        : el('li', { class: 'muted' }, 'None yet: "Bookmark" under any evidence adds it here.'),
    );
  };

  const renderOpened = () => {
    opened.textContent = current
      ? `Open: ${current.name} (link: #investigation=${current.id})`
      : 'A new investigation: not saved yet.';
    updateButton.disabled = current === null;
  };

  const refreshList = async () => {
    try {
      const list = await api.investigations();
      replaceChildren(
        savedList,
        list.length
          ? list.map((i: InvestigationSummary) =>
              el('li', {}, [
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    'data-investigation': i.id,
                    onclick: () => void open(i.id),
                  },
                  i.name,
                ),
                el(
                  'span',
                  { class: 'muted' },
                  ` · ${i.updatedAt.slice(0, 10)} · ${i.createdBy} · ${i.bookmarkCount} bookmarked`,
                ),
                i.note ? el('p', { class: 'muted small' }, i.note) : null,
              ]),
            )
          : el('li', { class: 'muted' }, 'No investigation saved yet.'),
      );
    } catch (error) {
      replaceChildren(savedList, el('li', { class: 'error' }, errorText(error)));
    }
  };

  const save = async (asNew: boolean) => {
    if (!name.value.trim()) {
      status.textContent = 'Give the investigation a name.';
      return;
    }
    status.textContent = 'Saving…';
    const body = {
      name: name.value.trim(),
      note: note.value,
      view: capture(),
      bookmarks: bookmarks.map((b) => b.statementId),
    };
    try {
      const saved =
        asNew || !current
          ? await api.saveInvestigation(body)
          : await api.updateInvestigation(current.id, body);
      current = { id: saved.id, name: saved.name };
      status.textContent = `Saved "${saved.name}".`;
      renderOpened();
      await refreshList();
    } catch (error) {
      status.textContent = errorText(error);
    }
  };

  /** Puts a saved view back: filters, selection and the rest from its hash, then hidden, pins, Cypher, camera. */
  const apply = async (saved: InvestigationView) => {
    const parsed = parseHash(saved.hash);
    filters.dispatch({ type: 'replace', filters: parsed.filters });
    view.dispatch({
      type: 'replace',
      view: { ...parsed.view, hidden: saved.hidden, pinned: saved.pinned },
    });
    if (saved.query) consoleDraft.set(saved.query);
    await deps.whenLoaded();
    const selection = parsed.view.selection;
    if (selection?.kind === 'actor' && !explorer.graph.hasNode(selection.id))
      await explorer.showActor(selection.id);
    // After the fit a reload for the saved filters starts, not under it.
    if (saved.camera) await explorer.setCamera(saved.camera);
  };

  const open = async (id: string) => {
    status.textContent = 'Opening…';
    try {
      const found: SavedInvestigation = await api.investigation(id);
      current = { id: found.id, name: found.name };
      name.value = found.name;
      note.value = found.note;
      bookmarks = found.bookmarks.map((b) => ({
        statementId: b.statementId,
        sentence: b.sentence ?? '',
      }));
      renderOpened();
      renderBookmarks();
      await apply(found.view);
      status.textContent = `Opened "${found.name}".`;
    } catch (error) {
      status.textContent = errorText(error);
    }
  };

  const onBookmark = (e: Event) => {
    const detail = (e as CustomEvent<BookmarkDetail>).detail;
    if (!bookmarks.some((b) => b.statementId === detail.statementId))
      bookmarks = [...bookmarks, detail];
    renderBookmarks();
    status.textContent = current
      ? `Bookmarked; "Update" keeps it in "${current.name}".`
      : 'Bookmarked; save the investigation to keep it.';
  };
  document.addEventListener(BOOKMARK_STATEMENT, onBookmark);

  // A followed #investigation=ID link opens it.
  const onHashChange = () => {
    const id = investigationInHash(location.hash);
    if (id) void open(id);
  };
  window.addEventListener('hashchange', onHashChange);

  replaceChildren(container, [
    el('h3', {}, 'Save this view'),
    el('div', { class: 'field' }, [el('label', { for: 'investigation-name' }, 'Name'), name]),
    el('div', { class: 'field' }, [el('label', { for: 'investigation-note' }, 'Note'), note]),
    opened,
    el('div', { class: 'actions' }, [
      el(
        'button',
        {
          type: 'button',
          class: 'button',
          id: 'investigation-save',
          onclick: () => void save(true),
        },
        'Save as new',
      ),
      updateButton,
      el(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () => {
            current = null;
            bookmarks = [];
            name.value = '';
            note.value = '';
            renderOpened();
            renderBookmarks();
          },
        },
        'Start a new one',
      ),
    ]),
    status,
    bookmarkTitle,
    bookmarkList,
    el('h3', {}, 'Saved investigations'),
    savedList,
  ]);
  updateButton.addEventListener('click', () => void save(false));
  renderOpened();
  renderBookmarks();
  void refreshList();

  return {
    open,
    teardown() {
      document.removeEventListener(BOOKMARK_STATEMENT, onBookmark);
      window.removeEventListener('hashchange', onHashChange);
    },
  };
}
