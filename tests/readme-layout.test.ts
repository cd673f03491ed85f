// The README's layout block matches the tree: every path it names exists, and it names every top-level folder
// and every folder that holds TypeScript (tests/ aside: it mirrors the rest).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The paths the layout block names: an entry's indent (two spaces a level) nests it under the folder above. */
function layoutPaths(readme: string): string[] {
  const section = readme.split('## Layout')[1]?.split('\n## ')[0] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const paths: string[] = [];
  const parents: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)(\S+(?: \S+)*?)(?: {2,}|$)/.exec(line);
    if (!match || match[1].length % 2 !== 0 || match[1].length > 8) continue; // a description's next line
    const level = match[1].length / 2;
    parents.length = level;
    const names = match[2].split(' ');
    for (const name of names) paths.push([...parents, name].join('').replace(/\/$/, ''));
    // Only a folder alone on its line can have entries under it.
    if (names.length === 1 && names[0].endsWith('/')) parents[level] = names[0];
  }
  return paths;
}

describe('layoutPaths', () => {
  it('nests entries by indent and reads several names on one line', () => {
    const readme = [
      '## Layout',
      '',
      '```',
      'a/       first',
      '         its description, continued',
      '  b/     nested',
      '    c.ts d/ e/   three at once',
      'f.ts     top-level file',
      '```',
      '',
      '## Next',
    ].join('\n');
    expect(layoutPaths(readme)).toEqual(['a', 'a/b', 'a/b/c.ts', 'a/b/d', 'a/b/e', 'f.ts']);
  });
});

describe('README layout', () => {
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const folders = new Set(
    tracked.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const named = layoutPaths(fs.readFileSync('README.md', 'utf8'));

  it('names only paths that exist', () => {
    const missing = named.filter((p) => !folders.has(p) && !tracked.includes(p));
    expect(missing).toEqual([]);
  });

  it('names every top-level folder and every folder with TypeScript in it (tests/ aside)', () => {
    const withCode = tracked
      .filter((f) => f.endsWith('.ts') && f.includes('/') && !f.startsWith('tests/'))
      .map((f) => f.slice(0, f.lastIndexOf('/')));
    const topLevel = [...folders].filter((f) => !f.includes('/'));
    const required = new Set([...withCode, ...topLevel]);
    // A folder is named when it, or a path inside it, is listed (".ci/run" names .ci/).
    const unnamed = [...required].filter(
      (f) => !named.some((p) => p === f || p.startsWith(`${f}/`)),
    );
    expect(unnamed.sort()).toEqual([]);
  });
});
