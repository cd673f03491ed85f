// `entente actors create|edit|merge|unmerge`: actor corrections for scripts, recorded under ENTENTE_USER in the
// audit trail and written to the curated actors file every later ingest reads.
import type { Command } from 'commander';
import { curatorName } from '../../graph/config.ts';
import type { OfficeTerm } from '../../graph/curate-actors.ts';
import { ensureDatabase } from './db.ts';

const collect = (value: string, previous: string[]) => [...previous, value];
const list = (value: string) =>
  value
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** "Commander:2021-05-01" or "President:2021-08-03:2024-05-19:IRN" (role:from[:to[:of]]). */
function term(value: string, previous: OfficeTerm[]): OfficeTerm[] {
  const [role, from, to, of] = value.split(':').map((x) => x.trim());
  if (!role || !from || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(from) || (to && !/^\d{4}/.test(to)))
    throw new Error(
      `entente/bin/actors: --term expects role:from[:to[:of]] with dates as YYYY-MM-DD, got "${value}"`,
    );
  return [...previous, { role, from, ...(to ? { to } : {}), ...(of ? { of } : {}) }];
}

async function withCorrections<T>(
  work: (
    db: Awaited<ReturnType<typeof ensureDatabase>>,
    corrections: typeof import('../../pipeline/actor-corrections.ts'),
  ) => Promise<T>,
): Promise<T> {
  const corrections = await import('../../pipeline/actor-corrections.ts');
  const db = await ensureDatabase((line) => console.error(line));
  try {
    return await work(db, corrections);
  } finally {
    await db.close();
  }
}

interface EditOptions {
  name?: string;
  type?: string;
  country?: string;
  alias: string[];
  removeAlias: string[];
  memberOf?: string;
  partOf?: string;
  term: OfficeTerm[];
  note?: string;
}

export function registerActorCommands(program: Command): void {
  const actors = program
    .command('actors')
    .description(
      'correct actors: create, edit, merge, unmerge (also written to the curated actors file)',
    );

  actors
    .command('create')
    .description('create an actor by hand')
    .argument('<id>', 'ISO alpha-3 for a state, kebab-case otherwise')
    .requiredOption('--name <name>', 'canonical name')
    .requiredOption('--type <type>', 'State, Person, Organization, Alliance, ArmedGroup, …')
    .option('--alias <alias>', 'another name (repeatable)', collect, [])
    .option('--country <code>', 'ISO alpha-3 of its state')
    .option('--member-of <ids>', 'comma-separated actor ids')
    .option('--part-of <id>', 'the actor it is part of')
    .option('--term <role:from[:to[:of]]>', 'an office held (repeatable)', term, [])
    .option('--note <text>', 'why')
    .action(async (id: string, opts: EditOptions & { name: string; type: string }) => {
      await withCorrections(async (db, c) => {
        const { file } = await c.createActorRecorded(
          db,
          {
            id,
            name: opts.name,
            type: opts.type,
            aliases: opts.alias,
            countryCode: opts.country ?? null,
            memberOf: opts.memberOf ? list(opts.memberOf) : [],
            partOf: opts.partOf ?? null,
            terms: opts.term.length ? opts.term : undefined,
          },
          { user: curatorName(), note: opts.note },
        );
        console.log(`created ${id} (${opts.type}); ${file} updated`);
      });
    });

  actors
    .command('edit')
    .description('add an alias, change type, country, memberships or offices')
    .argument('<id>', 'actor id')
    .option('--name <name>', 'new canonical name')
    .option('--type <type>', 'new type')
    .option('--country <code>', 'ISO alpha-3 of its state ("none" to clear)')
    .option('--alias <alias>', 'add a name (repeatable)', collect, [])
    .option('--remove-alias <alias>', 'remove a name (repeatable)', collect, [])
    .option('--member-of <ids>', 'comma-separated actor ids (replaces the list; "" for none)')
    .option('--part-of <id>', 'the actor it is part of ("none" to clear)')
    .option(
      '--term <role:from[:to[:of]]>',
      'offices held (repeatable; replaces the list)',
      term,
      [],
    )
    .option('--note <text>', 'why')
    .action(async (id: string, opts: EditOptions) => {
      const none = (v: string | undefined) =>
        v === undefined ? undefined : v === 'none' ? null : v;
      const changes = {
        name: opts.name,
        type: opts.type,
        countryCode: none(opts.country),
        addAliases: opts.alias.length ? opts.alias : undefined,
        removeAliases: opts.removeAlias.length ? opts.removeAlias : undefined,
        memberOf: opts.memberOf === undefined ? undefined : list(opts.memberOf),
        partOf: none(opts.partOf),
        terms: opts.term.length ? opts.term : undefined,
      };
      if (Object.values(changes).every((v) => v === undefined))
        throw new Error(
          'entente/bin/actors: say what to change (--name, --type, --country, --alias, --member-of, …)',
        );
      await withCorrections(async (db, c) => {
        const { file } = await c.editActorRecorded(db, id, changes, {
          user: curatorName(),
          note: opts.note,
        });
        console.log(`edited ${id}; ${file} updated`);
      });
    });

  actors
    .command('merge')
    .description('merge a duplicate into the actor kept (undo with `entente actors unmerge`)')
    .argument('<keep>', 'the actor kept')
    .argument('<duplicate>', 'the actor merged into it and removed')
    .option('--note <text>', 'why')
    .action(async (keep: string, duplicate: string, opts: { note?: string }) => {
      await withCorrections(async (db, c) => {
        const { auditId, record, file } = await c.mergeActorsRecorded(db, keep, duplicate, {
          user: curatorName(),
          note: opts.note,
        });
        console.log(
          `merged ${duplicate} into ${keep}: ${record.moved.length} statement(s) moved, ${record.dropped.length} removed as copies; ${file} updated`,
        );
        console.log(`undo with: entente actors unmerge ${auditId}`);
      });
    });

  actors
    .command('unmerge')
    .description('undo a merge exactly, by the id `entente actors merge` printed')
    .argument('<merge-id>', 'the merge id (see `entente audit --action actor.merge`)')
    .option('--note <text>', 'why')
    .action(async (mergeId: string, opts: { note?: string }) => {
      await withCorrections(async (db, c) => {
        const { record, file } = await c.undoMergeRecorded(db, mergeId, {
          user: curatorName(),
          note: opts.note,
        });
        console.log(`restored ${record.duplicate} apart from ${record.keep}; ${file} updated`);
      });
    });
}
