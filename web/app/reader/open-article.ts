// The event any evidence raises to open its article: it bubbles to the document, where the reader listens, so
// evidence lists need no handle on the reader.
export const OPEN_ARTICLE = 'entente:open-article';

export interface OpenArticleDetail {
  articleId: string;
  /** The statement to show in the text, when opened from its evidence. */
  statementId?: string;
}

export function requestArticle(from: Element, detail: OpenArticleDetail): void {
  from.dispatchEvent(new CustomEvent<OpenArticleDetail>(OPEN_ARTICLE, { detail, bubbles: true }));
}
