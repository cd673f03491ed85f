// Public API of the extraction stage.
export { extractArticle } from './extract-article.ts';
export { splitSentences, type SentenceSpan } from './sentences.ts';
export { ententePlugin } from './plugin.ts';
export { ruleReasons, relationTypes } from './rules.ts';
