// Whether dist/ was built from the sources as they are: no source file is newer than the build's stamp.
import fs from 'node:fs';
import path from 'node:path';

/** What the CLI bundle is built from (bin/cli.ts and everything it imports). */
export const SOURCE_DIRS = [
  'bin',
  'graph',
  'ingest',
  'pipeline',
  'queries',
  'web/server',
  'web/shared',
];
export const STAMP = 'built-from.txt';
const SOURCE = /\.(ts|json|cypher)$/;

function newestSource(dir, since) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // Not path.join: normalising each of some 250 paths was most of this walk's time at each start.
    const full = `${dir}${path.sep}${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'target' && newestSource(full, since))
        return true;
    } else if (SOURCE.test(entry.name) && fs.statSync(full).mtimeMs > since) return true;
  }
  return false;
}

/** True when dist/ holds a build no source file is newer than. */
export function builtAndFresh(root) {
  let since;
  try {
    since = fs.statSync(path.join(root, 'dist', STAMP)).mtimeMs;
  } catch {
    return false;
  }
  if (fs.statSync(path.join(root, 'package.json')).mtimeMs > since) return false;
  return !SOURCE_DIRS.some((dir) => newestSource(path.join(root, dir), since));
}
