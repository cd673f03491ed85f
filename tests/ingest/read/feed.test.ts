// Feeds for `entente watch URL`: the article links of RSS 2.0, RSS 1.0 and Atom feeds, absolute and once each.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../ingest/read/feed.ts';

const BASE = 'https://news.example.org/world/feed.xml';

describe('parseFeed', () => {
  it('reads an RSS 2.0 channel: each item link, a permalink guid when there is no link', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>World desk</title>
<link>https://news.example.org/</link>
<item><title><![CDATA[Ministers meet & talk]]></title><link> https://news.example.org/a/ministers </link>
<guid isPermaLink="false">desk-1</guid><content:encoded><![CDATA[<p>body</p>]]></content:encoded></item>
<item><title>Border talks</title><guid>https://news.example.org/a/border</guid></item>
<item><title>No address</title><guid isPermaLink="false">desk-3</guid></item>
<item><title>Again</title><link>https://news.example.org/a/ministers</link></item>
</channel></rss>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { link: 'https://news.example.org/a/ministers', title: 'Ministers meet & talk' },
      { link: 'https://news.example.org/a/border', title: 'Border talks' },
    ]);
  });

  it("reads an Atom feed: the alternate link, relative to the feed's address, never the self link", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<link rel="self" href="https://news.example.org/world/feed.xml"/>
<entry><title>Envoy recalled</title><link rel="self" href="/api/entries/1"/>
<link rel="alternate" type="text/html" href="/a/envoy"/><id>tag:example,2031:1</id></entry>
<entry><title>Aid pledged</title><link href="aid-pledged.html"/><id>tag:example,2031:2</id></entry>
<entry><title>Mail only</title><link href="mailto:desk@example.org"/></entry>
</feed>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { link: 'https://news.example.org/a/envoy', title: 'Envoy recalled' },
      { link: 'https://news.example.org/world/aid-pledged.html', title: 'Aid pledged' },
    ]);
  });

  it('reads an RSS 1.0 (RDF) feed', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://news.example.org/"><title>Desk</title></channel>
<item rdf:about="https://news.example.org/a/one"><title>One</title><link>https://news.example.org/a/one</link></item>
</rdf:RDF>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { link: 'https://news.example.org/a/one', title: 'One' },
    ]);
  });

  it('refuses a page that is not a feed, naming its root element', () => {
    expect(() => parseFeed('<html><body><p>Front page</p></body></html>', BASE)).toThrow(
      /not an RSS or Atom feed \(its root element is <html>\)/,
    );
  });
});
