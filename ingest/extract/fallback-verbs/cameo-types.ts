// CAMEO event codes → Entente relation types, read from the ontology's own `cameo` field (longest prefix wins).
import ontology from '../../ontology/relation-types.json' with { type: 'json' };

/** Code prefix ("051", "18") → relation type, from relation-types.json. */
const typeByPrefix = new Map<string, string>(
  ontology.types.flatMap((t) =>
    (t.cameo ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)
      .map((prefix): [string, string] => [prefix, t.id]),
  ),
);

/**
 * The relation type a CAMEO code falls under, or null when no type claims it ("010" public statement,
 * "090" investigate, "110" disapprove, "173" arrest): "0511" → SUPPORT (051), "042" → CONSULT (04).
 */
export function relationTypeForCameo(code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const type = typeByPrefix.get(code.slice(0, n));
    if (type) return type;
  }
  return null;
}
