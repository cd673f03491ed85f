// statements-per-month: how many statements each month holds, per quad class, with their mean score; for the
// timeline under the graph (the whole graph) and the relation panel's chart (one pair, both directions).
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export interface MonthRow {
  /** YYYY-MM */
  month: string;
  statements: number;
  meanScore: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
}

export default defineQuery({
  name: 'statements-per-month',
  description:
    'Statements per month with counts per quad class and the mean score: over the whole graph, or between two actors (both directions) when a and b are given',
  params: [
    {
      name: 'a',
      type: 'string',
      default: null,
      actor: true,
      description: 'first actor id (with b)',
    },
    {
      name: 'b',
      type: 'string',
      default: null,
      actor: true,
      description: 'second actor id (with a)',
    },
  ],
  routing: 'read',
  query: `
MATCH (s:Statement)
WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
  AND ($a IS NULL OR $b IS NULL OR (s.source = $a AND s.target = $b) OR (s.source = $b AND s.target = $a))
WITH left(s.date, 7) AS month, s
RETURN month,
       count(s) AS statements,
       round(avg(s.score), 2) AS meanScore,
       sum(CASE s.quadClass WHEN 'VERBAL_COOPERATION' THEN 1 ELSE 0 END) AS verbalCooperation,
       sum(CASE s.quadClass WHEN 'MATERIAL_COOPERATION' THEN 1 ELSE 0 END) AS materialCooperation,
       sum(CASE s.quadClass WHEN 'VERBAL_CONFLICT' THEN 1 ELSE 0 END) AS verbalConflict,
       sum(CASE s.quadClass WHEN 'MATERIAL_CONFLICT' THEN 1 ELSE 0 END) AS materialConflict
ORDER BY month`,
  transform: (records) => plainRows<MonthRow>(records),
});
