// Rolling persons and government bodies up to the actor they act for: a leader's or ministry's statements count for
// its state (or body, alliance, group). Event-data analysis (ICEWS, GDELT) codes actors by country the same way.
export interface ActorRow {
  id: string;
  name: string;
  type: string;
  countryCode: string | null;
  /** The registry's parent (a ministry's state, a minister's ministry). */
  partOf: string | null;
  /** Targets of LEADS and PART_OF relationships found in the text (agreeing with the registry). */
  leads: string[];
  parts: string[];
}

const ROLLED_UP = new Set(['Person', 'GovernmentBody']);
const MAX_STEPS = 6;

/** The parent an actor acts for: what it leads, else its registry parent, else a stated PART_OF, else its state. */
function parentOf(actor: ActorRow, known: Map<string, ActorRow>): string | null {
  const candidates = [
    ...actor.leads,
    actor.partOf,
    ...actor.parts,
    actor.type === 'Person' ? actor.countryCode : null,
  ];
  return candidates.find((id): id is string => !!id && id !== actor.id && known.has(id)) ?? null;
}

/** Actor id → the id it is counted for; actors counted for themselves are left out. */
export function rollUpMap(actors: ActorRow[]): Map<string, string> {
  const known = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, string>();
  for (const actor of actors) {
    let current = actor;
    const seen = new Set([actor.id]);
    for (let step = 0; step < MAX_STEPS && ROLLED_UP.has(current.type); step++) {
      const parent = parentOf(current, known);
      if (!parent || seen.has(parent)) break;
      seen.add(parent);
      current = known.get(parent)!;
    }
    if (current.id !== actor.id) out.set(actor.id, current.id);
  }
  return out;
}
