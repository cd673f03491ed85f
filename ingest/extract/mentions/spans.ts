// The mentions and actor spans a sentence's hits come to.
import type { Mention } from '../../types.ts';
import type { Scan } from './scan.ts';
import type { ActorSpan, Hit, SentenceMentions } from './types.ts';
import { titleAt } from './words.ts';

/** Mentions (every name found) and spans (the stretches that act as one actor in a clause). */
export function collectMentions(scan: Scan): SentenceMentions {
  const { sentence, tokens, structural, hits, actorOf, possessiveEnd } = scan;
  // Mentions: every name found; spans: the stretches that act as one actor in a clause.
  // A leading "the" is not part of a name ("the Kremlin" → "Kremlin").
  // Nor is a title before a person's name ("Prince Faisal bin Farhan" → "Faisal bin Farhan").
  const nameStart = (h: Hit): number => {
    let first = h.first;
    if (h.last - first > 1 && tokens[first].key === 'the') first++;
    if (actorOf(h.actorId)?.type === 'Person' && h.via !== 'holder')
      while (
        h.last - first > 1 &&
        titleAt(tokens, first) > 0 &&
        titleAt(tokens, first) < h.last - first
      )
        first += titleAt(tokens, first);
    return first;
  };
  // Spans never overlap: "the US president" is the holder, not also a mention of the state.
  const holders = hits.filter((h) => h.via === 'holder');
  const mentions: Mention[] = hits
    .filter((h) => !holders.some((g) => g !== h && g.first <= h.first && h.last <= g.last))
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map((h) => ({
      start: tokens[nameStart(h)].start,
      end: tokens[h.last - 1].end,
      text: sentence.text.slice(
        tokens[nameStart(h)].start - sentence.start,
        tokens[h.last - 1].end - sentence.start,
      ),
      actorId: h.actorId,
    }));
  const spans: ActorSpan[] = [];
  for (const h of hits) {
    if (h.absorbed) continue;
    const start = tokens[h.spanFirst].start;
    const end = tokens[h.spanLast - 1].end;
    // A hit inside a span already taken (a ministry's state) is part of that span.
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({
      actorId: h.actorId,
      start,
      end,
      possessive: possessiveEnd(h.spanLast) !== h.spanLast,
      place: actorOf(h.actorId)?.type === 'Place',
      head: h.spanLast > h.last ? tokens[h.spanLast - 1].key : undefined,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  return { mentions, spans, structural };
}
