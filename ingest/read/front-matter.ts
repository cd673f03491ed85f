// YAML front matter of .txt and .md files: split it off and read title, url, source and dates from it.
import { parse as parseYaml } from 'yaml';
import { articleMetaSchema, describeIssues, type ArticleMeta } from './article-meta.ts';
import { ReadError } from './read-error.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The body without its front matter, and the metadata; a ReadError for `origin` when the YAML is broken. */
export function splitFrontMatter(
  text: string,
  origin: string,
): { meta: ArticleMeta; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {} as ArticleMeta, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    throw new ReadError(origin, `invalid front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ReadError(origin, 'invalid front matter: expected a mapping of keys to values');
  }
  const parsed = articleMetaSchema.safeParse(data);
  if (!parsed.success)
    throw new ReadError(origin, `invalid front matter: ${describeIssues(parsed.error)}`);
  return { meta: parsed.data, body: text.slice(match[0].length) };
}
