// Where the project is: one level up from this module, in ingest/ as in the compiled CLI's flat dist/.
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
