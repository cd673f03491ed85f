// Keeps the shareable part of the state (filters, selection, colour and size modes, panel) in the URL hash.
import {
  clampMaxActors,
  DEFAULT_FILTERS,
  type FiltersState,
  type FiltersStore,
} from './filters.ts';
import { parseMonth } from './months.ts';
import {
  COLOUR_MODES,
  DEFAULT_VIEW,
  PANEL_TABS,
  SIZE_MODES,
  type ViewState,
  type ViewStore,
} from './view.ts';

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.find((x) => x === value) ?? fallback;

const list = (value: string | null, fallback: string[], allowed: string[]): string[] => {
  if (value === null) return fallback;
  if (value === '') return [];
  return value.split(',').filter((x) => allowed.includes(x));
};

export function parseHash(hash: string): { filters: FiltersState; view: ViewState } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const filters: FiltersState = {
    actorTypes: list(p.get('types'), DEFAULT_FILTERS.actorTypes, DEFAULT_FILTERS.actorTypes),
    relationTypes: list(p.get('rel'), DEFAULT_FILTERS.relationTypes, DEFAULT_FILTERS.relationTypes),
    quadClasses: list(p.get('quad'), DEFAULT_FILTERS.quadClasses, DEFAULT_FILTERS.quadClasses),
    structural: p.get('structural') !== '0',
    from: parseMonth(p.get('from'), 'from'),
    to: parseMonth(p.get('to'), 'to'),
    minCount: Math.max(1, Number(p.get('min')) || 1),
    maxActors: p.has('limit') ? clampMaxActors(Number(p.get('limit'))) : DEFAULT_FILTERS.maxActors,
  };
  const actor = p.get('actor');
  const relation = p.get('relation');
  const view: ViewState = {
    ...DEFAULT_VIEW,
    selection: actor
      ? { kind: 'actor', id: actor }
      : relation
        ? { kind: 'relation', id: relation }
        : null,
    colourMode: oneOf(COLOUR_MODES, p.get('colour'), DEFAULT_VIEW.colourMode),
    sizeMode: oneOf(SIZE_MODES, p.get('size'), DEFAULT_VIEW.sizeMode),
    tab: oneOf(PANEL_TABS, p.get('tab'), DEFAULT_VIEW.tab),
  };
  return { filters, view };
}

export function formatHash(filters: FiltersState, view: ViewState): string {
  const p = new URLSearchParams();
  const sameList = (a: string[], b: string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  if (!sameList(filters.actorTypes, DEFAULT_FILTERS.actorTypes))
    p.set('types', filters.actorTypes.join(','));
  if (!sameList(filters.relationTypes, DEFAULT_FILTERS.relationTypes))
    p.set('rel', filters.relationTypes.join(','));
  if (!sameList(filters.quadClasses, DEFAULT_FILTERS.quadClasses))
    p.set('quad', filters.quadClasses.join(','));
  if (!filters.structural) p.set('structural', '0');
  if (filters.from !== null) p.set('from', filters.from);
  if (filters.to !== null) p.set('to', filters.to);
  if (filters.minCount > 1) p.set('min', String(filters.minCount));
  if (filters.maxActors !== DEFAULT_FILTERS.maxActors) p.set('limit', String(filters.maxActors));
  if (view.selection?.kind === 'actor') p.set('actor', view.selection.id);
  if (view.selection?.kind === 'relation') p.set('relation', view.selection.id);
  if (view.colourMode !== 'type') p.set('colour', view.colourMode);
  if (view.sizeMode !== 'degree') p.set('size', view.sizeMode);
  if (view.tab !== 'details') p.set('tab', view.tab);
  return p.toString();
}

/** Writes state changes to the hash (replaceState, so Back is the app's own history) and reads edits of it. */
export function syncUrl(
  filters: FiltersStore,
  view: ViewStore,
  /** Called when an edited or followed link names another actor, to bring it into view. */
  onLinkedActor: (id: string) => void = () => {},
): () => void {
  const write = () => {
    const hash = formatHash(filters.get(), view.get());
    const next = hash ? `#${hash}` : location.pathname + location.search;
    if (`#${hash}` !== location.hash) history.replaceState(null, '', next);
  };
  const onHashChange = () => {
    const parsed = parseHash(location.hash);
    const before = view.get().selection;
    filters.dispatch({ type: 'replace', filters: parsed.filters });
    view.dispatch({
      type: 'replace',
      view: { ...view.get(), ...parsed.view, hidden: view.get().hidden, pinned: view.get().pinned },
    });
    const after = parsed.view.selection;
    if (after?.kind === 'actor' && (before?.kind !== 'actor' || before.id !== after.id))
      onLinkedActor(after.id);
  };
  const offF = filters.subscribe(write);
  const offV = view.subscribe((s, prev) => {
    if (s.hovered !== prev.hovered && s.selection === prev.selection && s.tab === prev.tab) return;
    write();
  });
  window.addEventListener('hashchange', onHashChange);
  return () => {
    offF();
    offV();
    window.removeEventListener('hashchange', onHashChange);
  };
}
