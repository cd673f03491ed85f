// How commands print rows: an aligned table for people, JSON or CSV for programs.
export type Format = 'table' | 'json' | 'csv';

export interface Output {
  columns: string[];
  rows: Record<string, unknown>[];
  note?: string;
}

const say = (line: string) => console.log(line);

export function collectParam(
  value: string,
  previous: Record<string, string>,
): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new Error(`entente/bin/output: --param expects key=value, got "${value}"`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

/** Tables show an actor as its name and a list as its items; JSON and CSV keep everything. */
function brief(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(brief).join(', ');
  if (typeof value !== 'object') return String(value);
  const o = value as Record<string, unknown>;
  if (typeof o.name === 'string') return o.name;
  if (typeof o.type === 'string' && 'count' in o) return `${o.type}×${o.count}`;
  return JSON.stringify(value);
}

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

export function table({ columns, rows }: Output, width = process.stdout.columns || 120): string {
  if (rows.length === 0) return '(no rows)';
  const max = Math.max(12, Math.floor((width - 3 * columns.length) / Math.max(columns.length, 1)));
  const clip = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((r) => columns.map((c) => clip(brief(r[c]).replace(/\s+/g, ' '))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join(' │ ')
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join(
    '\n',
  );
}

export function csv({ columns, rows }: Output): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [
    columns.map(quote).join(','),
    ...rows.map((r) => columns.map((c) => quote(cell(r[c]))).join(',')),
  ].join('\n');
}

export function print(output: Output, format: Format): void {
  if (format === 'json') say(JSON.stringify(output.rows, null, 2));
  else if (format === 'csv') say(csv(output));
  else say(table(output));
  if (output.note) console.error(output.note);
}
