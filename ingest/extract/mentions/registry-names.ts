// Registry names, longest first, then short names met earlier in the article.
import type { Scan } from './scan.ts';
import { isCapitalised } from './words.ts';

/** 1. Registry names, longest first; then short names met earlier in the article. */
export function findRegistryNames(scan: Scan): void {
  const { ctx, registry, tokens, addHit, use, remember } = scan;
  for (let i = 0; i < tokens.length;) {
    const match = registry.matchFrom(tokens, i);
    if (match) {
      use(registry.get(match.actorId)!);
      addHit(match.first, match.last, match.actorId, match.via);
      if (match.via === 'name' || match.via === 'alias')
        remember(match.actorId, match.first, match.last);
      i = match.last;
      continue;
    }
    const known = isCapitalised(tokens[i]) ? ctx.surnames.get(tokens[i].text) : undefined;
    if (known) addHit(i, i + 1, known, 'surname');
    i++;
  }
}
