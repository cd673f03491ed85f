// HTML to plain text with paragraph breaks: blocks become blank-line separated, list items and rows lines.
import { linkedomOnUse } from './linkedom-on-use.ts';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DETAILS',
  'DIV',
  'DL',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION']);
const CELL = new Set(['TD', 'TH']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

// Depth-first with a stack of its own, not by recursion: a page nested 20,000 elements deep (about 200 KB) ran out
// of call stack. Each entry is a node still to visit or a separator to write once its element's children are done.
function walk(root: DomNode, out: string[]): void {
  const pending: (DomNode | string)[] = Array.from(root.childNodes).reverse();
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.push((item.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = item.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const sep = BLOCK.has(tag) ? '\n\n' : LINE.has(tag) ? '\n' : CELL.has(tag) ? ' ' : '';
    out.push(sep);
    pending.push(sep);
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
}

/** Wrap fragments: linkedom only parses a full document correctly. */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return linkedomOnUse().parseHTML(full).document as unknown as Document;
}

export function nodeText(node: unknown): string {
  const out: string[] = [];
  walk(node as DomNode, out);
  return out
    .join('')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  const doc = parseDocument(html);
  return nodeText(doc.body ?? doc.documentElement);
}
