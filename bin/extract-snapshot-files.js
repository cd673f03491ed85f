// The files of `entente extract`'s start-up snapshot in dist/, written by build-cli.js and read by entente.js.
import fs from 'node:fs';
import path from 'node:path';

export const SNAPSHOT_SCRIPT = 'extract-snapshot.cjs';
export const SNAPSHOT_BLOB = 'extract.blob';
export const SNAPSHOT_INFO = 'extract-snapshot.json';

/**
 * The blob to start `extract` from, or null: none was built, or it was built by another Node (which would refuse
 * it) or for a project elsewhere (the blob holds the project root the actor files are found from).
 */
export function usableSnapshot(root) {
  const dist = path.join(root, 'dist');
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dist, SNAPSHOT_INFO), 'utf8'));
    if (info.node !== process.version || info.root !== root) return null;
  } catch {
    return null;
  }
  const blob = path.join(dist, SNAPSHOT_BLOB);
  return fs.existsSync(blob) ? blob : null;
}
