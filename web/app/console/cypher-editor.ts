// The Cypher editor: CodeMirror 6 with Neo4j's Cypher language support; Ctrl/Cmd+Enter runs.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { keymap } from '@codemirror/view';

export interface CypherEditor {
  value(): string;
  setValue(text: string): void;
  destroy(): void;
}

export function mountCypherEditor(
  parent: HTMLElement,
  initial: string,
  onRun: () => void,
): CypherEditor {
  // The package's typings say it returns the API; at runtime (1.0.3) it returns {editor: api}.
  const created: EditorApi | { editor: EditorApi } = createCypherEditor(parent, {
    value: initial,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: false,
    history: true,
    placeholder: 'MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b LIMIT 25',
    preExtensions: [
      keymap.of([
        {
          key: 'Mod-Enter',
          preventDefault: true,
          run: () => {
            onRun();
            return true;
          },
        },
      ]),
    ],
  });
  const editor = 'editor' in created ? created.editor : created;
  editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
  return {
    value: () => editor.codemirror.state.doc.toString(),
    setValue: (text) =>
      editor.codemirror.dispatch({
        changes: { from: 0, to: editor.codemirror.state.doc.length, insert: text },
      }),
    destroy: () => editor.destroy(),
  };
}
