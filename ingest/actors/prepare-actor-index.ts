// Build step (bin/build-cli.js): writes the prepared actor index beside the compiled CLI's modules.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtInActors,
  builtInRegistry,
  PREPARED_INDEX_FILE,
  type PreparedActorIndex,
} from './load-actor-registry.ts';

/** The built-in actors validated and their registry built, as loadActorRegistry reads them back. */
export function prepareActorIndex(): PreparedActorIndex {
  const builtIn = builtInActors();
  return { format: 1, builtIn, registry: builtInRegistry(builtIn).toIndex() };
}

export function writePreparedActorIndex(dir: string): void {
  writeFileSync(join(dir, PREPARED_INDEX_FILE), JSON.stringify(prepareActorIndex()));
}
