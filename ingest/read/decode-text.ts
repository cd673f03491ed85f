// Bytes → article text, refusing what is not text: binary content (NUL bytes, many control characters), invalid
// UTF-8 (reported, never silently replaced) and files over the size limit.

/** The largest file read as one article; `ENTENTE_MAX_ARTICLE_MB` changes it. */
export const DEFAULT_MAX_ARTICLE_MB = 20;
/** Share of control characters (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.ENTENTE_MAX_ARTICLE_MB ?? DEFAULT_MAX_ARTICLE_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_ARTICLE_MB) * 1024 * 1024;
}

/** Why a file of `size` bytes is not read. */
export const tooLarge = (size: number, maxBytes: number) =>
  `file too large: ${size} bytes, more than the ${maxBytes}-byte limit (ENTENTE_MAX_ARTICLE_MB)`;

/** The text of `bytes`, or the reason it is not an article's text. */
export function decodeArticleText(
  bytes: Uint8Array,
  maxBytes = maxArticleBytes(),
): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary content: a NUL byte at offset ${nul}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte for the message: decode growing prefixes would be quadratic, so scan once.
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  if (text.length > 0 && control / text.length > MAX_CONTROL_SHARE)
    return {
      ok: false,
      reason: `binary content: ${control} control characters in ${text.length} (more than ${MAX_CONTROL_SHARE * 100}%)`,
    };
  return { ok: true, text };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k] >> 6 !== 2) return i;
    i += length;
  }
  return bytes.length;
}
