// Query results as a table: actors and relations as chips that open them, paths as sequences, long lists and maps
// folded, every cell built from text nodes (never HTML); and the same table as CSV.
import type { QueryResult } from '../api/types.ts';
import { el } from '../dom/el.ts';
import { actorTypeColor } from '../explorer/palette.ts';
import { ACTOR_TYPES } from '../../../ingest/ontology/vocabulary.ts';

const MAX_ROWS = 500;
/** Lists up to this many scalars are shown inline; longer ones and lists of structures fold. */
const INLINE_LIST = 5;
const MAX_TEXT = 240;

export interface ResultActions {
  openActor(id: string): void;
  openRelation(id: string): void;
}

interface NodeValue {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelValue {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
interface PathValue {
  start: NodeValue;
  end: NodeValue;
  segments: { start: NodeValue; relationship: RelValue; end: NodeValue }[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: unknown): v is NodeValue =>
  isObject(v) && Array.isArray(v.labels) && isObject(v.properties);
const isRel = (v: unknown): v is RelValue =>
  isObject(v) &&
  typeof v.type === 'string' &&
  typeof v.start === 'string' &&
  isObject(v.properties);
const isPath = (v: unknown): v is PathValue =>
  isObject(v) && Array.isArray(v.segments) && isNode(v.start) && isNode(v.end);
const actorTypes = new Set<string>(ACTOR_TYPES);
/** A named query's actor row or map: {id, name, type} with an actor type. */
const isActorMap = (v: unknown): v is { id: string; name: string; type: string } =>
  isObject(v) &&
  typeof v.id === 'string' &&
  typeof v.name === 'string' &&
  typeof v.type === 'string' &&
  actorTypes.has(v.type);

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** One readable line per value (what the CSV holds): names for nodes, compact JSON for other structures. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (isPath(value))
    return [
      cellText(value.start),
      ...value.segments.flatMap((s) => [`-[${s.relationship.type}]-`, cellText(s.end)]),
    ].join(' ');
  if (isNode(value) || isRel(value)) {
    const p = value.properties;
    const name = p.name ?? p.title ?? p.id ?? '';
    const kind = isNode(value) ? value.labels.join(':') : value.type;
    return `(${kind}) ${cellText(name)}`.trim();
  }
  if (isActorMap(value)) return value.name;
  return JSON.stringify(value);
}

function actorChip(id: string, name: string, type: string, actions: ResultActions): HTMLElement {
  return el(
    'button',
    {
      type: 'button',
      class: 'chip actor-chip',
      'data-actor': id,
      title: `${type} ${id}: open`,
      onclick: () => actions.openActor(id),
    },
    [el('span', { class: 'dot', style: `background:${actorTypeColor(type)}` }), name],
  );
}

function nodeChip(node: NodeValue, actions: ResultActions): HTMLElement {
  const p = node.properties;
  if (node.labels.includes('Actor') && typeof p.id === 'string')
    return actorChip(p.id, String(p.name ?? p.id), String(p.type ?? ''), actions);
  const text = String(p.title ?? p.name ?? p.sentence ?? p.id ?? '');
  return el('span', { class: 'chip node-chip', title: clip(JSON.stringify(p)) }, [
    el('span', { class: 'muted' }, `${node.labels.join(':')} `),
    clip(text),
  ]);
}

function relChip(rel: RelValue, actions: ResultActions): HTMLElement {
  const id = rel.properties.id;
  const count = rel.properties.count;
  const label = `${rel.type}${typeof count === 'number' ? ` ×${count}` : ''}`;
  return typeof id === 'string' && id.split('|').length === 3
    ? el(
        'button',
        {
          type: 'button',
          class: 'chip relation-chip',
          'data-relation': id,
          title: `${id}: open its evidence`,
          onclick: () => actions.openRelation(id),
        },
        label,
      )
    : el('span', { class: 'chip relation-chip' }, label);
}

/** A value as DOM: chips, sequences, folded lists and maps, or text. */
export function cellValue(value: unknown, actions: ResultActions): Node {
  if (value === null || value === undefined) return el('span', { class: 'muted' }, '—');
  if (typeof value !== 'object') return document.createTextNode(clip(String(value)));
  if (isPath(value))
    return el('span', { class: 'path-seq' }, [
      nodeChip(value.start, actions),
      ...value.segments.flatMap((s) => [
        el('span', { class: 'path-arrow', 'aria-hidden': 'true' }, '→'),
        relChip(s.relationship, actions),
        el('span', { class: 'path-arrow', 'aria-hidden': 'true' }, '→'),
        nodeChip(s.end, actions),
      ]),
    ]);
  if (isNode(value)) return nodeChip(value, actions);
  if (isRel(value)) return relChip(value, actions);
  if (isActorMap(value)) return actorChip(value.id, value.name, value.type, actions);
  if (Array.isArray(value)) {
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    if (scalars && value.length <= INLINE_LIST)
      return document.createTextNode(value.map(cellText).join(', '));
    const structured = value.some((v) => isNode(v) || isRel(v) || isActorMap(v));
    if (structured && value.length <= INLINE_LIST)
      return el(
        'span',
        { class: 'chip-list' },
        value.map((v) => cellValue(v, actions)),
      );
    return el('details', { class: 'folded list' }, [
      el('summary', {}, `${value.length} item${value.length === 1 ? '' : 's'}`),
      el(
        'ol',
        {},
        value.map((v) => el('li', {}, cellValue(v, actions))),
      ),
    ]);
  }
  const entries = Object.entries(value);
  return el('details', { class: 'folded map' }, [
    el('summary', {}, `{${clip(entries.map(([k]) => k).join(', '))}}`),
    el(
      'dl',
      {},
      entries.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, cellValue(v, actions))]),
    ),
  ]);
}

const rowsOf = (result: QueryResult): unknown[][] =>
  result.rows.map((row) =>
    Array.isArray(row) ? row : result.columns.map((c) => (row as Record<string, unknown>)[c]),
  );

/** RFC 4180 CSV of the whole result; a cell that a spreadsheet would run as a formula is prefixed with '. */
export function resultsCsv(result: QueryResult): string {
  const field = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [result.columns, ...rowsOf(result).map((r) => r.map(cellText))]
    .map((r) => r.map(field).join(','))
    .join('\r\n');
}

function downloadCsv(result: QueryResult): void {
  const url = URL.createObjectURL(new Blob([resultsCsv(result)], { type: 'text/csv' }));
  const a = el('a', { href: url, download: `entente-results-${Date.now()}.csv` });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function resultsTable(result: QueryResult, actions: ResultActions): HTMLElement {
  const rows = rowsOf(result).slice(0, MAX_ROWS);
  return el('div', { class: 'table-wrap' }, [
    el('div', { class: 'table-tools' }, [
      el(
        'button',
        { type: 'button', class: 'button small', onclick: () => downloadCsv(result) },
        'Export CSV',
      ),
      result.rows.length > MAX_ROWS
        ? el('span', { class: 'muted' }, `first ${MAX_ROWS} rows shown; the CSV holds all`)
        : null,
    ]),
    el('table', { class: 'results-table' }, [
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          result.columns.map((c) => el('th', { scope: 'col' }, c)),
        ),
      ),
      el(
        'tbody',
        {},
        rows.map((row) =>
          el(
            'tr',
            {},
            row.map((cell) => el('td', {}, cellValue(cell, actions))),
          ),
        ),
      ),
    ]),
  ]);
}
