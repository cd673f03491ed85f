// Reading files and directories: each format, and bad inputs failing alone with their origin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { _articles, _failures, _fixture, _readAll } from './_read-all.ts';

describe('readInputs: .txt', () => {
  it('reads the text, takes the first short line as title and the dateline as date', async () => {
    const [result] = await _readAll([_fixture('talks.txt')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.article;
    expect(a.title).toBe('Border Talks Resume in Lakeside Town');
    expect(a.publishedAt).toBe('2023-06-14');
    expect(a.url).toBeNull();
    expect(a.source).toBeNull();
    expect(a.origin).toBe(_fixture('talks.txt'));
    expect(a.text).toContain('Negotiators from Aldoria and Brevonia sat down again');
    expect(a.id).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('readInputs: .md with front matter', () => {
  it('takes metadata from the front matter, drops it from the text, cleans boilerplate', async () => {
    const [result] = await _readAll([_fixture('summit.md')]);
    if (!result.ok) throw new Error(result.error);
    const a = result.article;
    expect(a).toMatchObject({
      title: 'Harbour Summit Ends With Joint Statement',
      url: 'https://news.example.org/harbour-summit',
      source: 'Example Wire',
      publishedAt: '2021-11-02',
    });
    expect(a.text).not.toContain('title:');
    expect(a.text.startsWith('# Harbour Summit')).toBe(true);
    expect(a.text).not.toContain('Share this article');
    expect(a.text).toContain('secured a review clause');
  });

  it('fails a file whose front matter gives a date that is no day, and reads the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-front-matter-'));
    try {
      const summit = fs.readFileSync(_fixture('summit.md'), 'utf8');
      fs.writeFileSync(path.join(dir, 'a-good.md'), summit);
      fs.writeFileSync(
        path.join(dir, 'b-bad.md'),
        summit.replace(/^date: .*/m, 'date: 2024-13-45'),
      );
      const results = await _readAll([dir]);
      expect(_articles(results).map((a) => a.publishedAt)).toEqual(['2021-11-02']);
      expect(_failures(results)).toEqual([
        {
          origin: path.join(dir, 'b-bad.md'),
          error: expect.stringMatching(
            /^invalid front matter: date: "2024-13-45" is not a calendar date/,
          ),
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readInputs: .html', () => {
  it('keeps the article and drops the page around it', async () => {
    const [result] = await _readAll([_fixture('page.html')]);
    if (!result.ok) throw new Error(result.error);
    const a = result.article;
    expect(a.title).toBe('Grain corridor reopens after week-long halt');
    expect(a.source).toBe('The Daily Example');
    expect(a.publishedAt).toBe('2022-08-19');
    expect(a.url).toBe('https://daily.example.com/world/grain-corridor-reopens');
    expect(a.text).toContain('Cargo ships left the northern ports on Friday');
    expect(a.text).toContain('Critics warned that the deal rests on a fragile understanding');
    // Paragraphs stay apart, so sentences do not run together.
    expect(a.text).toMatch(/coastal federation\.\n+The halt/);
    for (const boilerplate of [
      'Home',
      'Opinion',
      'We use cookies',
      'Advertisement',
      'Want to read more?',
      'Most viewed',
      'Heatwave grips',
      'All rights reserved',
    ]) {
      expect(a.text).not.toContain(boilerplate);
    }
  });
});

describe('readInputs: .json', () => {
  it('reads an array of records, text or html, with their metadata', async () => {
    const results = await _readAll([_fixture('records.json')]);
    expect(_failures(results)).toEqual([]);
    const [pipeline, embassy] = _articles(results);
    expect(pipeline).toMatchObject({
      title: 'Pipeline Deal Signed',
      url: 'https://wire.example.net/pipeline',
      source: 'Example Wire',
      publishedAt: '2020-02-10',
      origin: `${_fixture('records.json')}[0]`,
    });
    expect(embassy.title).toBe('Embassy reopens');
    expect(embassy.publishedAt).toBe('2021-03-04');
    expect(embassy.text).toMatch(/said\.\n+Consular services/);
    expect(embassy.origin).toBe(`${_fixture('records.json')}[1]`);
  });
});

describe('readInputs: .jsonl', () => {
  it('reads the good lines and fails the bad ones alone, by line number', async () => {
    const results = await _readAll([_fixture('feed.jsonl')]);
    expect(_articles(results).map((a) => [a.title, a.origin])).toEqual([
      ['Sanctions Extended', `${_fixture('feed.jsonl')}:1`],
      ['Troops Withdraw', `${_fixture('feed.jsonl')}:3`],
    ]);
    const failures = _failures(results);
    expect(failures.map((f) => f.origin)).toEqual([
      `${_fixture('feed.jsonl')}:2`,
      `${_fixture('feed.jsonl')}:4`,
    ]);
    expect(failures[0].error).toMatch(/^invalid JSON/);
    expect(failures[1].error).toMatch(/needs a non-empty "text" or "html"/);
  });
});

describe('readInputs: directories', () => {
  it('reads known files recursively in sorted order, skipping hidden and unknown ones; a bad file fails alone', async () => {
    const dir = _fixture('corpus');
    const results = await _readAll([dir]);
    expect(results.map((r) => (r.ok ? r.article.origin : r.origin))).toEqual([
      `${dir}/a-first.txt`,
      `${dir}/c-empty.txt`,
      `${dir}/d-third.html`,
      `${dir}/nested/b-second.md`,
    ]);
    expect(_failures(results)).toEqual([{ origin: `${dir}/c-empty.txt`, error: 'no text' }]);
    expect(_articles(results).map((a) => a.title)).toEqual([
      'Ministers Meet on Water Rights',
      'Ports Strike Ends',
      'Ceasefire Holds Overnight',
    ]);
  });
});

describe('readInputs: bad inputs', () => {
  it('names the input and the reason, and goes on with the rest', async () => {
    const results = await _readAll([
      _fixture('report.pdf'),
      _fixture('missing.txt'),
      'ftp://example.org/file.txt',
      _fixture('talks.txt'),
    ]);
    expect(_failures(results)).toEqual([
      {
        origin: _fixture('report.pdf'),
        error: expect.stringMatching(/^not a readable PDF file/),
      },
      { origin: _fixture('missing.txt'), error: 'no such file or directory' },
      { origin: 'ftp://example.org/file.txt', error: expect.stringMatching(/only http and https/) },
    ]);
    expect(_articles(results)).toHaveLength(1);
  });
});
