// linkedom, required on first use and shared: a plain-text ingest never loads it (a sixth of a start-up's CPU), and
// the HTML reader and the feed reader use one copy (an `import` beside a `require` loaded both of its builds).
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';

const requireOnUse = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;

/** The linkedom module, loaded by the first call. */
export function linkedomOnUse(): typeof Linkedom {
  linkedom ??= requireOnUse('linkedom') as typeof Linkedom;
  return linkedom;
}
