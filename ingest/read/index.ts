// Reading articles: files, directories, URLs and stdin in; cleaned, identified, dated Articles out.
export { readInputs } from './read-inputs.ts';
export { articleFromRecord, articleRecordSchema, type ArticleRecord } from './article-record.ts';
export { cleanText } from './clean-text.ts';
export { articleId } from './article-id.ts';
export { articleDate, type DateMeta } from './article-date.ts';
export { parseMetaDate } from './meta-date.ts';
export { DEFAULT_READ_OPTIONS, resolveReadOptions, type ReadOptions } from './options.ts';
export { ReadError } from './read-error.ts';
export type { ReadResult } from './types.ts';
