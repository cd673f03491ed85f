// Syndicated copies against the real Neo4j: one story from two outlets with small edits writes its statements once
// and lists both outlets; a different article on the same actors is not merged; re-ingests change nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';
import { writeExtractions } from '../../graph/write-extraction.ts';
import { copySignature } from '../../ingest/copies/copy-signature.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import type { ActorRegistry } from '../../ingest/actors/index.ts';
import type { Extraction } from '../../ingest/types.ts';
import {
  ingestInputs,
  type ArticleOutcome,
  type IngestedArticle,
} from '../../pipeline/ingest-pipeline.ts';
import type { ArticleWithStatements } from '../../queries/named/article-by-id.ts';
import type { RelationWithEvidence } from '../../queries/relation-with-evidence.ts';
import { runNamedQuery } from '../../queries/run-query.ts';

const STORY = `Estonia and Latvia signed a pact on Tuesday to guard their shared border together, the two foreign \
ministers said after a meeting in Riga. Under the pact, patrols from both countries will share radar pictures and \
will answer for each other during storms and floods. Norway criticised Russia over a string of flights near the \
Baltic coast that the ministers described as reckless. The Latvian minister said the agreement would be reviewed \
after one year and could be widened to Lithuania if its parliament agreed. Officials in Tallinn said the first joint \
patrol would sail in May, weather permitting, and that the cost would be split evenly between the two capitals. \
Poland welcomed the pact and offered to lend two coastguard vessels for the first season of joint work.`;

/** The same wire story as another outlet runs it: a longer headline, a few words changed, a credit line. */
const COPY = `${STORY.replace('on Tuesday', 'on Tuesday morning').replace('weather permitting, and', 'and')}
Reporting by the Harbour Daily desk.`;

/** Another article on the same actors and day, in other words (its first sentence repeats the story's). */
const OTHER = `Estonia and Latvia signed a pact on Tuesday, and a day later their defence chiefs met again in Riga \
to plan the first season of coastal work. The talks covered fuel, crews and the radar stations on the islands, which \
still need new masts before the autumn. Norway criticised Russia once more over flights close to the coast, and its \
envoy asked for a hotline with the Russian air force. A Latvian officer said the crews would train together in the \
gulf through the summer, while Estonian engineers would survey the masts. No date was set for talks with Lithuania, \
but both delegations said the door stayed open and that the costs of the masts had not yet been agreed.`;

/** A second story, for the batch test. */
const SECOND_STORY = `Finland and Latvia agreed on Friday to cooperate on winter shipping in the Baltic, their transport \
ministers said in Helsinki. Icebreakers from both fleets will keep the northern lanes open in turn, and a shared \
schedule will be published each December. The ministers said the plan would cut the waiting time of cargo ships \
quickly, and that harbour fees would not rise to pay for it. Estonia was invited to join the rota next winter, and \
the three governments will meet again in the spring to count the cost.`;

const file = (title: string, source: string, date: string, body: string) =>
  `---\ntitle: ${title}\nsource: ${source}\npublishedAt: ${date}\n---\n${body}\n`;

let db: Database;
let registry: ActorRegistry;
let tmp: string;
const written = new Set<string>();

/** Ingests the files in one call (one write batch) and returns the outcomes in input order. */
async function ingest(files: Record<string, string>, detectCopies?: boolean) {
  const dir = fs.mkdtempSync(path.join(tmp, 'batch-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const outcomes: IngestedArticle[] = [];
  const { totals } = await ingestInputs(db, [dir], registry, {
    detectCopies,
    onArticle: (o: ArticleOutcome) => {
      if (!o.ok) throw new Error(`${o.origin}: ${o.error}`);
      written.add(o.article.id);
      outcomes.push(o);
    },
  });
  return { totals, outcomes };
}

/** Statements of the relations the stories feed, and their aggregated counts. */
async function counts() {
  const r = await db.run(
    `UNWIND [['EST', 'LVA'], ['NOR', 'RUS'], ['FIN', 'LVA']] AS pair
     MATCH (:Actor {id: pair[0]})-[r]->(:Actor {id: pair[1]}) WHERE r.id IS NOT NULL
     RETURN r.id AS id, r.count AS count, r.articleCount AS articles,
            COUNT { (s:Statement {relationId: r.id}) } AS statements
     ORDER BY id`,
  );
  return r.records.map((x) => x.toObject());
}

async function evidence(a: string, b: string) {
  const run = await runNamedQuery(db, 'relation-evidence', { a, b, limit: 500 });
  return run.data as RelationWithEvidence[];
}

beforeAll(() => {
  db = new Database();
  registry = loadActorRegistry();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-copies-'));
});
afterAll(async () => {
  const ids = [...written];
  await db.writeTransaction((run) =>
    withAggregates(run, ids, () =>
      run(
        `MATCH (a:Article) WHERE a.id IN $ids
         OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
         DETACH DELETE s, a`,
        { ids },
      ),
    ),
  );
  await db.writeTransaction((run) =>
    run('MATCH (b:CopyBand) WHERE NOT (b)<-[:IN_BAND]-() DELETE b'),
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  await db.close();
});

describe('syndicated copies', () => {
  it('writes a story carried by two outlets once, lists both, and keeps a different article apart', async () => {
    const before = await counts();
    const first = await ingest({
      'a-courier.md': file(
        'Estonia and Latvia sign a border pact',
        'Northern Courier',
        '2030-04-02',
        STORY,
      ),
    });
    expect(first.outcomes[0].copyOf).toBeNull();
    const original = first.outcomes[0].article.id;
    const afterOriginal = await counts();
    expect(afterOriginal).not.toEqual(before);

    const second = await ingest({
      'b-harbour.md': file(
        'Baltic neighbours agree border pact',
        'Harbour Daily',
        '2030-04-02',
        COPY,
      ),
    });
    expect(second.totals).toMatchObject({ added: 1, copies: 1 });
    expect(second.outcomes[0].copyOf).toBe(original);
    // The copy's sentences were extracted, but nothing was counted twice.
    expect(second.outcomes[0].extraction!.relations.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(afterOriginal);

    const [estLva] = await evidence('EST', 'LVA');
    const items = estLva.evidence.filter((e) => e.article.id === original);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.article.source).toBe('Northern Courier');
      expect(item.article.alsoCarriedBy).toEqual(['Harbour Daily']);
    }
    // No statement of the copy's own.
    expect(estLva.evidence.some((e) => e.article.id === second.outcomes[0].article.id)).toBe(false);
    // The article reader lists the outlets on the original and names the original on the copy.
    const read = async (id: string) =>
      ((await runNamedQuery(db, 'article-by-id', { id })).data as ArticleWithStatements).article;
    expect(await read(original)).toMatchObject({ alsoCarriedBy: ['Harbour Daily'], copyOf: null });
    expect(await read(second.outcomes[0].article.id)).toMatchObject({
      alsoCarriedBy: [],
      copyOf: original,
    });

    // Ingesting both again changes nothing, and the copy is still a copy.
    const again = await ingest({
      'a.md': file(
        'Estonia and Latvia sign a border pact',
        'Northern Courier',
        '2030-04-02',
        STORY,
      ),
      'b.md': file('Baltic neighbours agree border pact', 'Harbour Daily', '2030-04-02', COPY),
    });
    expect(again.totals).toMatchObject({ unchanged: 2, copies: 1 });
    expect(await counts()).toEqual(afterOriginal);

    const other = await ingest({
      'c-other.md': file('Ministers meet in Riga', 'Harbour Daily', '2030-04-03', OTHER),
    });
    expect(other.outcomes[0].copyOf).toBeNull();
    expect(other.totals.copies).toBe(0);
    const afterOther = await counts();
    const estLvaCount = (rows: typeof afterOther) =>
      rows.find((r) => r.id === 'EST|COOPERATE|LVA')?.count as number;
    expect(estLvaCount(afterOther)).toBeGreaterThan(estLvaCount(afterOriginal));
  });

  it('finds the original within one write batch, and with detection off writes the copy in full', async () => {
    const story = SECOND_STORY;
    const copy = SECOND_STORY.replace('on Friday', 'late on Friday').replace('quickly', 'soon');
    const before = await counts();
    const batch = await ingest({
      'a.md': file('Pact', 'Northern Courier', '2030-05-02', story),
      'b.md': file('Pact', 'Harbour Daily', '2030-05-02', copy),
    });
    expect(batch.outcomes.map((o) => o.copyOf)).toEqual([null, batch.outcomes[0].article.id]);
    const once = await counts();
    const finLvaCount = (rows: typeof once) =>
      (rows.find((r) => r.id === 'FIN|COOPERATE|LVA')?.count as number | undefined) ?? 0;
    expect(finLvaCount(once)).toBe(finLvaCount(before) + 1);

    const third = `${SECOND_STORY.replace('Helsinki', 'the Finnish capital')} Filed by the Gulf Times.`;
    const off = await ingest({ 'c.md': file('Pact', 'Gulf Times', '2030-05-02', third) }, false);
    expect(off.outcomes[0].copyOf).toBeNull();
    expect(finLvaCount(await counts())).toBe(finLvaCount(once) + 1);
  });
});

// Three unrelated texts of their own (the stories above are in the graph already, so these would copy them).
const HARBOUR = `The harbour board of a small northern port voted on Monday to dredge the inner basin before the autumn \
storms, after two grain ships ran aground on the silt bar in a single week. The work will take nine weeks and close \
the fish quay for most of that time, the board said, and the fishermen will moor at the ferry pier meanwhile. A \
local councillor asked who would pay for the lost trade, and the board promised an answer at its next meeting.`;
const ORCHARD = `Apple growers in the valley expect their smallest harvest in a decade after a late frost in April \
killed much of the blossom on the higher slopes. The cooperative that presses most of the fruit said it would buy \
apples from the coast to keep its cider line running, and that prices in the shops would rise by the winter. Young \
trees planted after the last bad year suffered worst, and some growers are asking the bank for more time.`;
const LIBRARY = `The city library reopened its reading room on Saturday after a year of repairs to the roof and the old \
oak shelves, and more than two thousand people queued in the rain to see it. The architects kept the painted ceiling \
and added lifts at the back of the hall, while the rare maps moved to a cooler room downstairs. Opening hours will be \
longer on weekdays, and school classes can book the small hall for free from next month.`;

/** An article under a fixed id with no actors or statements: only its text (and so its signature) matters here.
 * Titled by its text's start, since the text is not in the fingerprint (it is the id, when read from a file). */
function bare(id: string, text: string): Extraction {
  written.add(id);
  return {
    article: {
      id,
      title: text.slice(0, 40),
      text,
      url: null,
      source: 'Test Wire',
      publishedAt: '2030-06-01',
      origin: 'test',
    },
    actors: [],
    mentions: [],
    relations: [],
    sentenceCount: 1,
    wordCount: text.split(/\s+/).length,
  };
}

/** The article's band keys and the original it copies, as stored. */
async function stored(id: string) {
  const r = await db.run(
    `MATCH (a:Article {id: $id})
     RETURN COLLECT { MATCH (a)-[:IN_BAND]->(b) RETURN b.key } AS bands,
            COLLECT { MATCH (a)-[:COPY_OF]->(o) RETURN o.id } AS copyOf`,
    { id },
  );
  const row = r.records[0];
  return {
    bands: (row.get('bands') as string[]).sort(),
    copyOf: row.get('copyOf') as string[],
  };
}

describe('an article written again under its id with another text', () => {
  it('is linked to the bands of its new text only, and moves between original and copy', async () => {
    const write = async (...extractions: Extraction[]) => {
      const results = await writeExtractions(db, extractions);
      return results.map((r) => {
        if (!r.ok) throw new Error(r.error);
        return r.result.copyOf;
      });
    };
    const bandsOf = (text: string) => [...copySignature(text)!.bands].sort();
    const x = 'copies-rewrite-x';
    const y = 'copies-rewrite-y';
    expect(await write(bare(x, HARBOUR), bare(y, ORCHARD))).toEqual([null, null]);
    expect(await stored(x)).toEqual({ bands: bandsOf(HARBOUR), copyOf: [] });

    // A new text: the old text's bands go (before, they stayed and the article was found by both texts' bands).
    expect(await write(bare(x, LIBRARY))).toEqual([null]);
    expect(bandsOf(LIBRARY)).not.toEqual(bandsOf(HARBOUR));
    expect(await stored(x)).toEqual({ bands: bandsOf(LIBRARY), copyOf: [] });

    // Now nearly the other story: a copy, in no band.
    const copyOfY = ORCHARD.replace('in April', 'early in April');
    expect(await write(bare(x, copyOfY))).toEqual([y]);
    expect(await stored(x)).toEqual({ bands: [], copyOf: [y] });

    // Back to its first text: an original again, linked to that text's bands only.
    expect(await write(bare(x, HARBOUR))).toEqual([null]);
    expect(await stored(x)).toEqual({ bands: bandsOf(HARBOUR), copyOf: [] });
  });
});
