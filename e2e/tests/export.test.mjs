// Export: the summary as a JSON download, CSV tables, a Markdown brief and "Copy Markdown".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { newPage, openApp, useSite } from './helpers.mjs';

const site = useSite('/');

/** Clicks a button that starts a download and returns the file's name and text. */
async function downloadFrom(page, testid) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="${testid}"]`),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('[needs analysis core] JSON, CSV and Markdown downloads hold the summary', async () => {
  const { page, context } = await newPage(site.browser, { acceptDownloads: true });
  await openApp(page, site.server.url);
  await page.locator('[data-testid="quote"]').first().waitFor();
  const speaker = (await page.locator('[data-testid="quote-speaker"]').first().textContent()).trim();
  const actorCount = await page.locator('[data-testid="actor"]').count();

  const json = await downloadFrom(page, 'export-json');
  assert.equal(json.name, 'article-lens-summary.json');
  const summary = JSON.parse(json.text);
  assert.equal(summary.schema, 'article-lens/summary@1');
  for (const key of ['actors', 'quotes', 'places']) assert.ok(Array.isArray(summary[key]), key);
  assert.equal(summary.actors.length, actorCount);
  for (const q of summary.quotes) {
    assert.equal(typeof q.id, 'string');
    assert.equal(typeof q.text, 'string');
    assert.ok(Array.isArray(q.span) && q.span.length === 2);
  }
  assert.ok(json.text.includes('\n  "actors"'), 'pretty-printed');

  const quotes = await downloadFrom(page, 'export-quotes-csv');
  assert.equal(quotes.name, 'quotes.csv');
  assert.equal(quotes.text.split('\r\n')[0], 'id,text,speaker,speaker_kind,cue,kind,start,end');
  assert.ok(quotes.text.includes(speaker), 'quotes.csv names the speaker');
  const actors = await downloadFrom(page, 'export-actors-csv');
  assert.equal(actors.name, 'actors.csv');
  assert.equal(actors.text.split('\r\n')[0], 'id,name,kind,role,affiliation,aliases,mentions');
  assert.equal(actors.text.trimEnd().split('\r\n').length, actorCount + 1);
  const places = await downloadFrom(page, 'export-places-csv');
  assert.equal(places.name, 'places.csv');
  assert.equal(places.text.split('\r\n')[0], 'id,name,kind,country,aliases,mentions');

  const md = await downloadFrom(page, 'export-markdown');
  assert.equal(md.name, 'article-lens-brief.md');
  assert.ok(md.text.startsWith('# Sensitive Canadian document found on rainy streets\n'), md.text.slice(0, 80));
  for (const heading of ['## Who', '## What they said', '## Where']) assert.ok(md.text.includes(heading), heading);
  assert.ok(md.text.includes(`**${speaker}**`), `the brief names ${speaker}`);

  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] Copy Markdown puts the brief on the clipboard', async () => {
  const { page, context } = await newPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openApp(page, site.server.url);
  await page.locator('[data-testid="quote"]').first().waitFor();
  const speaker = (await page.locator('[data-testid="quote-speaker"]').first().textContent()).trim();
  await page.click('[data-testid="copy-markdown"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="export-status"]')?.textContent === 'Markdown copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('# '));
  assert.ok(copied.includes(speaker));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the About panel names the data sources and their licences', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const about = page.locator('[data-testid="about"]');
  await about.locator('summary').click();
  const text = await about.textContent();
  for (const needle of [
    'Place data © GeoNames (geonames.org), CC BY 4.0',
    'First names: US Census 1990, public domain',
    'Sensitive Canadian document found on rainy streets',
    'Nothing leaves your browser',
  ]) {
    assert.ok(text.includes(needle), needle);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});
