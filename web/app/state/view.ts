// View state: what is selected, hovered, hidden or pinned, how nodes are coloured and sized, which panel is open.
import { createStore } from './store.ts';

export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null;
/** Colour by actor type, by Louvain community of the graph shown, or by cooperation bloc (the analytics API). */
export const COLOUR_MODES = ['type', 'community', 'bloc'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];
/** Size by relations shown (degree), or by a centrality of the period from the analytics API. */
export const SIZE_MODES = ['degree', 'pagerank', 'betweenness', 'weightedDegree'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];
export const PANEL_TABS = [
  'details',
  'list',
  'paths',
  'analytics',
  'query',
  'ingest',
  'review',
  'saved',
] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface ViewState {
  selection: Selection;
  hovered: string | null;
  hidden: string[];
  pinned: string[];
  colourMode: ColourMode;
  sizeMode: SizeMode;
  tab: PanelTab;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  hovered: null,
  hidden: [],
  pinned: [],
  colourMode: 'type',
  sizeMode: 'degree',
  tab: 'details',
};

export type ViewAction =
  | { type: 'select'; selection: Selection }
  | { type: 'hover'; node: string | null }
  | { type: 'hide'; node: string }
  | { type: 'showAll' }
  | { type: 'togglePin'; node: string }
  | { type: 'setColourMode'; mode: ColourMode }
  | { type: 'setSizeMode'; mode: SizeMode }
  | { type: 'setTab'; tab: PanelTab }
  | { type: 'replace'; view: ViewState };

const sameSelection = (a: Selection, b: Selection) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

export function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection)
        ? state
        : { ...state, selection: action.selection, tab: action.selection ? 'details' : state.tab };
    case 'hover':
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case 'hide': {
      const selection =
        state.selection?.kind === 'actor' && state.selection.id === action.node
          ? null
          : state.selection;
      return state.hidden.includes(action.node)
        ? state
        : { ...state, selection, hidden: [...state.hidden, action.node] };
    }
    case 'showAll':
      return state.hidden.length ? { ...state, hidden: [] } : state;
    case 'togglePin':
      return {
        ...state,
        pinned: state.pinned.includes(action.node)
          ? state.pinned.filter((n) => n !== action.node)
          : [...state.pinned, action.node],
      };
    case 'setColourMode':
      return state.colourMode === action.mode ? state : { ...state, colourMode: action.mode };
    case 'setSizeMode':
      return state.sizeMode === action.mode ? state : { ...state, sizeMode: action.mode };
    case 'setTab':
      return state.tab === action.tab ? state : { ...state, tab: action.tab };
    case 'replace':
      return action.view;
  }
}

export const createViewStore = (initial: ViewState = DEFAULT_VIEW) =>
  createStore(initial, reduceView);
export type ViewStore = ReturnType<typeof createViewStore>;
