// Public API of date resolution.
export { resolveDate } from './resolve-date.ts';
