// The part of @neo4j-cypher/codemirror 1.0.3 the console uses (its own typings are hidden by its "exports").
declare module '@neo4j-cypher/codemirror' {
  import type { Extension } from '@codemirror/state';
  import type { EditorView } from '@codemirror/view';

  export interface EditorApi {
    codemirror: EditorView;
    destroy(): void;
    focus(): void;
  }

  export interface EditorOptions {
    value?: string;
    theme?: 'light' | 'dark' | 'auto';
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    autocomplete?: boolean;
    lint?: boolean;
    history?: boolean;
    placeholder?: string;
    preExtensions?: Extension[];
    postExtensions?: Extension[];
  }

  /** Typed as upstream declares it; at runtime 1.0.3 returns `{ editor }`, which the caller handles. */
  export function createCypherEditor(
    parent: Element | DocumentFragment,
    options: EditorOptions,
  ): EditorApi | { editor: EditorApi };
}
