// Built-in rules and word lists are checked as they load from the TypeScript sources (and so in every test), but not
// in the compiled CLI: its build (bin/build-cli.js) checks them all (ingest/check-built-in-data.ts) and fails on any
// fault, so each start of `entente` need not check them again.

// Defined as true by bin/build-cli.js in the bundle; undeclared (so `typeof` is 'undefined') in the sources.
declare const ENTENTE_DATA_CHECKED_AT_BUILD: boolean | undefined;

/** True in the compiled bundle, whose build checked the built-in data. */
export const CHECKED_AT_BUILD =
  typeof ENTENTE_DATA_CHECKED_AT_BUILD !== 'undefined' && ENTENTE_DATA_CHECKED_AT_BUILD === true;

/** The data as `check` returns it, or as it is when the build checked it (the checks transform nothing). */
export function checkedOnLoad<T>(data: unknown, check: (data: unknown) => T): T {
  return CHECKED_AT_BUILD ? (data as T) : check(data);
}
