// The registry of named queries: every descriptor, in the order the CLI and the API list them.
import actorProfile from './actor-profile.ts';
import actorSearch from './actor-search.ts';
import actorNeighborhood from './actor-neighborhood.ts';
import partners from './partners.ts';
import adversaries from './adversaries.ts';
import relationEvidence from './relation-evidence.ts';
import relationById from './relation-by-id.ts';
import relationTimeline from './relation-timeline.ts';
import shortestPath from './shortest-path.ts';
import whoDoesWhat from './who-does-what.ts';
import coOccurringActors from './co-occurring-actors.ts';
import newestRelations from './newest-relations.ts';
import articlesMentioning from './articles-mentioning.ts';
import allianceMembersAndOutsider from './alliance-members-and-outsider.ts';
import cooperationTriangles from './cooperation-triangles.ts';
import turnedHostile from './turned-hostile.ts';
import conflictHotspots from './conflict-hotspots.ts';
import mostCentral from './most-central.ts';
import topSources from './top-sources.ts';
import graphOverview from './graph-overview.ts';
import databaseOverview from './database-overview.ts';
import type { QueryDescriptor } from './types.ts';

export const QUERIES: readonly QueryDescriptor[] = [
  actorProfile,
  actorSearch,
  actorNeighborhood,
  partners,
  adversaries,
  relationEvidence,
  relationById,
  relationTimeline,
  shortestPath,
  whoDoesWhat,
  coOccurringActors,
  newestRelations,
  articlesMentioning,
  allianceMembersAndOutsider,
  cooperationTriangles,
  turnedHostile,
  conflictHotspots,
  mostCentral,
  topSources,
  graphOverview,
  databaseOverview,
] as QueryDescriptor[];

export type { QueryDescriptor, QueryParam } from './types.ts';
