// The other outlets that carried an article's story: the sources of its syndicated copies
// (graph/syndicated-copies.ts), for the article bound as `art`. One fragment for every query that returns articles.

/** Distinct outlets (a copy's source, else its URL) other than the article's own source, sorted. */
export const ALSO_CARRIED_BY = `COLLECT {
           MATCH (copy:Article)-[:COPY_OF]->(art)
           WITH DISTINCT coalesce(copy.source, copy.url) AS outlet
           WHERE outlet IS NOT NULL AND outlet <> coalesce(art.source, '')
           RETURN outlet ORDER BY outlet
         }`;
