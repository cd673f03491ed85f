// `npm run eval`: extraction quality on the team's gold, on real news (tuning part) and on the seed article.
// Flags: --held-out and --all add the real-news held-out part and the whole set; --json prints JSON only;
// --team-only and the team-gold flags (--gold FILE, --all-errors) go to the team gold report.
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { evaluateRealNews, formatRealNews, realDevAvailable, REAL_DEV } from './real-news.ts';
import { evaluateSeed, formatSeed, seedAvailable, SEED_DIR } from './seed/evaluate-seed.ts';
import { runTeamGold } from './team-gold.ts';

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const team = await runTeamGold(json ? argv.filter((a) => a !== '--json') : argv);
  if (argv.includes('--team-only')) return;
  const registry = loadActorRegistry();
  const parts = ['tune'];
  if (argv.includes('--held-out')) parts.push('held-out');
  if (argv.includes('--all')) parts.push('all');
  const real = realDevAvailable() ? evaluateRealNews(parts, registry) : null;
  const seed = seedAvailable() ? await evaluateSeed(registry) : null;
  if (json) {
    console.log(JSON.stringify({ team: team.relations.all, real, seed }, null, 2));
    return;
  }
  console.log('');
  if (real) for (const r of real) console.log(`${formatRealNews(r)}\n`);
  else console.log(`(real-news set not found at ${REAL_DEV})\n`);
  if (seed) for (const s of seed) console.log(formatSeed(s));
  else console.log(`(seed article not found at ${SEED_DIR})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
});
