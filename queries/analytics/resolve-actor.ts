// Finds the node an actor id stands for in an evidence graph (pure: the measures' thread uses it too).
import type { EvidenceGraph } from '../../graph/analytics/evidence-graph.ts';

export interface GraphScope {
  from: string | null;
  to: string | null;
  rollUp: boolean;
}

/** The actor asked for has no statement in the graph analysed (unknown, or silent in the period). */
export class UnknownActorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownActorError';
  }
}

const period = ({ from, to }: GraphScope) =>
  from || to ? ` between ${from ?? 'the start'} and ${to ?? 'now'}` : '';

/** The node an actor id stands for: itself, or (rolled up) the actor it counts for. */
export function resolveActor(graph: EvidenceGraph, id: string, scope: GraphScope): string {
  if (graph.hasNode(id)) return id;
  const holder = graph.findNode((_node, a) => a.members.includes(id));
  if (holder) return holder;
  throw new UnknownActorError(`actor "${id}" has no statements${period(scope)}`);
}
