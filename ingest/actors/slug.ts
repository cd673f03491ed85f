// Text keys for actors: kebab-case ids and accent-free, case-free lookup forms.

/** Strips diacritics and unifies apostrophes, so "Erdoğan" and "Erdogan" share a key. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'));
}

/** Kebab-case id of a canonical name: "Hayat Tahrir al-Sham" → "hayat-tahrir-al-sham". */
export function slugify(name: string): string {
  return foldText(name)
    .toLowerCase()
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
