// The files of `entente extract`'s start-up snapshot in dist/, written by build-cli.js and read by entente.js.
import fs from 'node:fs';
import path from 'node:path';

export const SNAPSHOT_SCRIPT = 'extract-snapshot.cjs';
export const SNAPSHOT_BLOB = 'extract.blob';
export const SNAPSHOT_INFO = 'extract-snapshot.json';
/**
 * Given to Node both when it builds the blob and when it starts from it (a blob starts only under the V8 flags it
 * was built with). The build extracts a few lines, and V8 cannot write a regular expression compiled to machine
 * code into a snapshot: it stops with "unreachable code". Left interpreted for their first hundred runs (V8 compiles
 * them from the second otherwise), chrono-node's patterns go into the blob compiled to bytecode.
 */
export const SNAPSHOT_NODE_FLAGS = ['--regexp-tier-up-ticks=100'];

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
