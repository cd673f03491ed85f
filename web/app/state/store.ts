// A minimal typed store: one state, named actions through a pure reducer, subscribers told of changes.
export interface Store<S, A> {
  get(): S;
  dispatch(action: A): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export function createStore<S, A>(initial: S, reduce: (state: S, action: A) => S): Store<S, A> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
