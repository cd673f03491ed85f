// The actors picked together (shift-click, shift-drag a box) to act on at once: hide, pin, expand, relate.
import { createStore } from './store.ts';

export type PickedAction =
  | { type: 'toggle'; node: string }
  | { type: 'add'; nodes: readonly string[] }
  | { type: 'remove'; nodes: readonly string[] }
  | { type: 'clear' };

export function reducePicked(state: readonly string[], action: PickedAction): readonly string[] {
  switch (action.type) {
    case 'toggle':
      return state.includes(action.node)
        ? state.filter((n) => n !== action.node)
        : [...state, action.node];
    case 'add': {
      const added = action.nodes.filter((n) => !state.includes(n));
      return added.length ? [...state, ...new Set(added)] : state;
    }
    case 'remove': {
      const kept = state.filter((n) => !action.nodes.includes(n));
      return kept.length === state.length ? state : kept;
    }
    case 'clear':
      return state.length ? [] : state;
  }
}

export const createPickedStore = () =>
  createStore<readonly string[], PickedAction>([], reducePicked);
export type PickedStore = ReturnType<typeof createPickedStore>;
