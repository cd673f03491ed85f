// GEXF 1.2 as graphology-gexf writes it, with the viz namespace the format defines; shared by the CLI's and the
// explorer's exports. Imports nothing, so the browser bundle takes it as it is.

/** What graphology-gexf 0.13 declares for GEXF 1.2 (a third slash), and what GEXF 1.2 defines. */
const WRITTEN = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const DEFINED = 'xmlns:viz="http://www.gexf.net/1.1draft/viz"';

/** Gephi reads `viz:color` and `viz:size` by their local names and keeps them either way, but readers that
 *  resolve namespaces (NetworkX's `read_gexf`, XSLT, validators) find no viz element under the wrong one and
 *  drop every colour and size. */
export function withGexfVizNamespace(gexf: string): string {
  return gexf.replace(WRITTEN, DEFINED);
}
