// The key a line is compared by: boilerplate phrases are written in this form.

/** Lower-cased, spaces collapsed, bullets and heading marks and trailing punctuation stripped. */
export function lineKey(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[#>*•·\-–—|\s]+/, '')
    .replace(/[\s.:!?»›→>…|]+$/, '');
}
