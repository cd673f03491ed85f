// The event any evidence raises to bookmark its statement: it bubbles to the document, where the investigations
// tab listens, so evidence lists need no handle on it.
export const BOOKMARK_STATEMENT = 'entente:bookmark-statement';

export interface BookmarkDetail {
  statementId: string;
  sentence: string;
}

export function requestBookmark(from: Element, detail: BookmarkDetail): void {
  from.dispatchEvent(
    new CustomEvent<BookmarkDetail>(BOOKMARK_STATEMENT, { detail, bubbles: true }),
  );
}
