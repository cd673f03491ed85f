// CommonJS interop for graphology's standard library: TypeScript (NodeNext) types a CJS default export as
// `{default}`, while Node and Vite hand over the value itself.
export function cjsDefault<T>(module: T | { default: T }): T {
  const m = module as { default?: T };
  return (
    m &&
    (typeof m === 'object' || typeof m === 'function') &&
    'default' in m &&
    m.default !== undefined
      ? m.default
      : module
  ) as T;
}
