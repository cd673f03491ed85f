// PDF and DOCX articles: tiny documents written here (a PDF by hand, a DOCX as a stored zip) read to their text;
// a broken one fails alone with its reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _articles, _failures, _readAll } from './_read-all.ts';

const FIRST = 'Norway criticised Russia over the flights near its northern coast.';
const SECOND = 'Estonia and Latvia signed a pact to guard their shared border.';

/** A one-page PDF, one line of Helvetica per paragraph. */
function pdf(lines: string[]): Buffer {
  const stream = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 40} Td (${l}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A zip of stored (uncompressed) files: local headers, the central directory, its end record. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The smallest DOCX Word and mammoth open: content types, the package relation, one document part. */
function docx(paragraphs: string[]): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-documents-'));
  fs.writeFileSync(path.join(dir, 'report.pdf'), pdf([FIRST, SECOND]));
  fs.writeFileSync(path.join(dir, 'brief.docx'), docx([FIRST, SECOND]));
  fs.writeFileSync(path.join(dir, 'broken.pdf'), 'not a PDF at all');
  fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('PDF and DOCX articles', () => {
  it('reads the text of each, the rest of the folder read around a broken one', async () => {
    const results = await _readAll([dir]);
    const byName = Object.fromEntries(_articles(results).map((a) => [path.basename(a.origin), a]));
    expect(Object.keys(byName).sort()).toEqual(['brief.docx', 'report.pdf']);
    for (const article of Object.values(byName)) {
      expect(article.text).toContain(FIRST);
      expect(article.text).toContain(SECOND);
    }
    const failures = _failures(results).map((f) => [path.basename(f.origin), f.error]);
    expect(failures).toEqual([
      ['broken.docx', expect.stringMatching(/^not a readable DOCX file/)],
      ['broken.pdf', expect.stringMatching(/^not a readable PDF file/)],
    ]);
  });

  it('still refuses a file of another kind named on its own', async () => {
    const odt = path.join(dir, 'notes.odt');
    fs.writeFileSync(odt, FIRST);
    expect(_failures(await _readAll([odt]))).toEqual([
      { origin: odt, error: expect.stringMatching(/unsupported file extension .*\.pdf, \.docx/) },
    ]);
  });
});
