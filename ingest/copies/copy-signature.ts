// Near-duplicate signatures of article texts (MinHash over word shingles, banded for lookup), so a wire story
// carried by many outlets with small edits is recognised as one story. Pure: text in, numbers and keys out.
import { normaliseForId } from '../read/article-id.ts';

/** How copies are recognised. */
export interface CopySettings {
  /** Words per shingle: 5 keeps stock phrases and template sentences with other actor names apart. */
  shingleWords: number;
  /** MinHash values per article; more gives a closer similarity estimate (standard error about 0.05 at 96). */
  hashes: number;
  /** Bands the values are cut into for lookup (hashes / bands values each): a pair shares a band almost surely
   * from a similarity of 0.6 up (0.99 at 0.7, 0.91 at 0.6, 0.53 at 0.4). */
  bands: number;
  /** Estimated Jaccard similarity of the shingle sets from which an article is a copy of another. */
  threshold: number;
  /** Texts with fewer words are never copies (short items share too much by chance). */
  minWords: number;
}

export function validateCopySettings(settings: CopySettings): CopySettings {
  const { shingleWords, hashes, bands, threshold, minWords } = settings;
  const whole = (n: number) => Number.isInteger(n) && n > 0;
  if (!whole(shingleWords) || !whole(hashes) || !whole(bands) || !whole(minWords))
    throw new Error('entente/ingest/copies: shingleWords, hashes, bands and minWords are counts');
  if (hashes % bands !== 0)
    throw new Error(`entente/ingest/copies: ${hashes} hashes do not cut into ${bands} bands`);
  if (!(threshold > 0 && threshold <= 1))
    throw new Error('entente/ingest/copies: threshold is a similarity in (0, 1]');
  return settings;
}

export const DEFAULT_COPY_SETTINGS: Readonly<CopySettings> = validateCopySettings({
  shingleWords: 5,
  hashes: 96,
  bands: 24,
  threshold: 0.6,
  minWords: 50,
});

/** An article's MinHash values and the band keys it is looked up by; null for texts too short to judge. */
export interface CopySignature {
  minhash: number[];
  bands: string[];
}

// Murmur3's finaliser: a bijection on 32-bit integers with full avalanche, so x -> fmix(x ^ seed) acts as one
// random permutation per seed.
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units: the shingle's 32-bit value before permuting. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();
/** Fixed seeds (from a fixed start), so signatures computed by any process or version compare. */
function seeds(count: number): Uint32Array {
  let s = seedCache.get(count);
  if (!s) {
    s = new Uint32Array(count);
    for (let i = 0; i < count; i++) s[i] = fmix(0x9e3779b9 + i * 0x632be5ab);
    seedCache.set(count, s);
  }
  return s;
}

/** The words of a text as compared: normalised as article ids are, letters and digits only. */
export function copyWords(text: string): string[] {
  return normaliseForId(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct shingles (runs of `size` words) of the words, as 32-bit values. */
export function shingles(words: string[], size: number): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) set.add(fnv1a(words.slice(i, i + size).join(' ')));
  return set;
}

export function copySignature(
  text: string,
  settings: CopySettings = DEFAULT_COPY_SETTINGS,
): CopySignature | null {
  const words = copyWords(text);
  if (words.length < settings.minWords) return null;
  const values = shingles(words, settings.shingleWords);
  const seed = seeds(settings.hashes);
  const minhash = new Array<number>(settings.hashes).fill(0xffffffff);
  for (const v of values)
    for (let i = 0; i < settings.hashes; i++) {
      const h = fmix(v ^ seed[i]);
      if (h < minhash[i]) minhash[i] = h;
    }
  const rows = settings.hashes / settings.bands;
  const bands: string[] = [];
  for (let b = 0; b < settings.bands; b++) {
    let h = b;
    for (let r = 0; r < rows; r++) h = fmix(h ^ minhash[b * rows + r]);
    bands.push(`${b}:${h.toString(16).padStart(8, '0')}`);
  }
  return { minhash, bands };
}

/** The estimated Jaccard similarity of two signatures' shingle sets: the share of equal MinHash values. */
export function copySimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
