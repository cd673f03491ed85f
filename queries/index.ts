// The registry of named queries: every descriptor, in the order the CLI and the API list them.
import actorProfile from './named/actor-profile.ts';
import actorSearch from './named/actor-search.ts';
import actorNeighborhood from './named/actor-neighborhood.ts';
import partners from './named/partners.ts';
import adversaries from './named/adversaries.ts';
import relationEvidence from './named/relation-evidence.ts';
import relationById from './named/relation-by-id.ts';
import relationTimeline from './named/relation-timeline.ts';
import statementsPerMonth from './named/statements-per-month.ts';
import shortestPath from './named/shortest-path.ts';
import whoDoesWhat from './named/who-does-what.ts';
import coOccurringActors from './named/co-occurring-actors.ts';
import newestRelations from './named/newest-relations.ts';
import articlesMentioning from './named/articles-mentioning.ts';
import articleById from './named/article-by-id.ts';
import allianceMembersAndOutsider from './named/alliance-members-and-outsider.ts';
import cooperationTriangles from './named/cooperation-triangles.ts';
import turnedHostile from './named/turned-hostile.ts';
import conflictHotspots from './named/conflict-hotspots.ts';
import mostCentral from './named/most-central.ts';
import topSources from './named/top-sources.ts';
import graphOverview from './named/graph-overview.ts';
import databaseOverview from './named/database-overview.ts';
import analyticsGraph from './named/analytics-graph.ts';
import reviewQueue from './named/review-queue.ts';
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
  statementsPerMonth,
  shortestPath,
  whoDoesWhat,
  coOccurringActors,
  newestRelations,
  articlesMentioning,
  articleById,
  allianceMembersAndOutsider,
  cooperationTriangles,
  turnedHostile,
  conflictHotspots,
  mostCentral,
  topSources,
  graphOverview,
  databaseOverview,
  analyticsGraph,
  reviewQueue,
] as QueryDescriptor[];

export type { QueryDescriptor, QueryParam } from './types.ts';
