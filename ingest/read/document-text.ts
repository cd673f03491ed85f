// The text of PDF and DOCX files (reports analysts receive as documents): pdf.js and mammoth, loaded only when a
// document is read. Paragraphs come out separated by blank lines, as the text reader expects.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReadError } from './read-error.ts';

export type DocumentFormat = 'pdf' | 'docx';

/** The document's text; a ReadError for `origin` when the file is not a readable document of that kind. */
export async function documentText(
  bytes: Uint8Array,
  format: DocumentFormat,
  origin: string,
): Promise<string> {
  try {
    return format === 'pdf' ? await pdfText(bytes) : await docxText(bytes);
  } catch (error) {
    throw new ReadError(
      origin,
      `not a readable ${format.toUpperCase()} file: ${(error as Error).message}`,
    );
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** pdf.js's bundled standard fonts (in Node a folder path), so pages set in them are read without the network. */
function standardFontDataUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${join(dirname(pkg), 'standard_fonts')}/`;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS, // a damaged file fails with its reason; pdf.js's repair notes are noise
    standardFontDataUrl: standardFontDataUrl(),
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      // A text item ending a line says so; lines join into paragraphs, pages into blank-line-separated blocks.
      let page = '';
      for (const item of content.items)
        if ('str' in item) page += item.str + (item.hasEOL ? '\n' : '');
      pages.push(page.trim());
    }
    return pages.filter(Boolean).join('\n\n');
  } finally {
    await pdf.destroy();
  }
}
