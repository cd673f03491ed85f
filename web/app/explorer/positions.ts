// Node positions kept between visits in localStorage, keyed by actor id.
const KEY = 'entente:positions:v1';
const MAX_ENTRIES = 20_000;

type Positions = Record<string, [number, number]>;

function read(): Positions {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Positions) : {};
  } catch {
    return {};
  }
}

let cache: Positions | null = null;

export function savedPosition(id: string): { x: number; y: number } | null {
  cache ??= read();
  const p = cache[id];
  return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])
    ? { x: p[0], y: p[1] }
    : null;
}

export function savePositions(entries: Iterable<[string, number, number]>): void {
  cache ??= read();
  for (const [id, x, y] of entries)
    cache[id] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
  const keys = Object.keys(cache);
  if (keys.length > MAX_ENTRIES)
    for (const k of keys.slice(0, keys.length - MAX_ENTRIES)) delete cache[k];
  try {
    localStorage.setItem(KEY, JSON.stringify(cache));
  } catch {
    // Storage full or disabled: positions are a convenience, not data.
  }
}

export function clearSavedPositions(): void {
  cache = {};
  localStorage.removeItem(KEY);
}
