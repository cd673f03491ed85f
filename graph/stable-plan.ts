// Hot write statements planned once. Neo4j keeps a plan per size class of each top-level list parameter (1, 2-10,
// 11-100, ...) and plans a cached statement again once the graph's counts have moved (at most every 10 s): while an
// ingest grows the graph, the writer's statements were planned again and again, each planning dearer than the write.

/**
 * Prefix of a hot write statement: its cached plan is kept however the counts move. Only for statements whose plan
 * starts from unique-key or indexed lookups, which no count changes.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

/**
 * A statement's parameters inside one map, read as `$batch.name`: Neo4j sizes only top-level lists, so one plan
 * serves every batch, whatever the length of its lists.
 */
export const inBatch = <T extends Record<string, unknown>>(values: T) => ({ batch: values });
