// Known file extensions and content types, and sniffing a body whose format nobody told us.
import { extname } from 'node:path';
import type { DocumentFormat } from './document-text.ts';
import type { BodyFormat } from './types.ts';

/** How a file is read: as a body of text, or as a document whose text is taken out first. */
export type FileFormat = BodyFormat | DocumentFormat;

export const FORMAT_BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const KNOWN_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOfPath(path: string): FileFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format for a response's content type; "sniff" when it says nothing useful; null when unsupported. */
export function formatOfContentType(contentType: string): BodyFormat | 'sniff' | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return 'sniff';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/x-markdown')
    return 'text';
  if (/^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)$/.test(type)) return 'jsonl';
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
  return null;
}

/** stdin and untyped responses: JSON (one value), JSON lines, HTML, or else plain text. */
export function sniffFormat(body: string): BodyFormat {
  const head = body.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    try {
      JSON.parse(head);
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  if (
    head.startsWith('<') &&
    /<(?:!doctype\s+html|html|head|body|article|main|p|div)\b/i.test(head.slice(0, 2000))
  ) {
    return 'html';
  }
  return 'text';
}
