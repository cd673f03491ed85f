// Months as 'YYYY-MM' strings: the period filter's precision, parsed from URLs and turned into statement dates.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean =>
  MONTH.test(value) && Number(value.slice(0, 4)) > 1900 && Number(value.slice(0, 4)) < 2100;

/** A month from a URL value: 'YYYY-MM', or a bare year ('2022': its first month, or its last for an end). */
export function parseMonth(value: string | null, end: 'from' | 'to'): string | null {
  if (value === null) return null;
  if (isMonth(value)) return value;
  const year = Number(value);
  if (!Number.isInteger(year) || year <= 1900 || year >= 2100) return null;
  return `${year}-${end === 'from' ? '01' : '12'}`;
}

export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from a to b (b after a gives a positive count). */
export const monthsBetween = (a: string, b: string): number =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 +
  Number(b.slice(5, 7)) -
  Number(a.slice(5, 7));

/** Every month from first to last, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

export const firstDay = (month: string): string => `${month}-01`;

/** The month's last day as an ISO date ('2024-02' → '2024-02-29'). */
export function lastDay(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}
