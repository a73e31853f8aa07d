// The built site in Chromium: first visit, pasting an article, highlights, reload and Clear.
//
// Tests whose names start with "[needs analysis core]" check what the analysis finds in the
// sample article (at least one actor, quote and place). They fail while `analyze` still returns
// an empty summary and pass once the analysis core is in place; all others must always pass.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  newPage,
  openApp,
  pasteArticle,
  repoRoot,
  sampleText,
  screenshot,
  useSite,
} from './helpers.mjs';

const site = useSite('/');

const count = (page, testid) => page.locator(`[data-testid="${testid}"]`).count();
const header = (page, panel) => page.locator(`[data-testid="${panel}-count"]`).textContent();

test('the first visit shows the sample article, already analysed', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const sample = await sampleText();

  assert.equal(await page.inputValue('[data-testid="article-input"]'), sample);
  assert.equal(await page.locator('[data-testid="article-view"]').textContent(), sample);
  assert.ok(await page.locator('[data-testid="sample-attribution"]').isVisible());
  // URLs in the attribution become links, without the punctuation around them
  const attribution = await readFile(path.join(repoRoot, 'assets', 'sample-attribution.txt'), 'utf8');
  const hrefs = await page
    .locator('[data-testid="sample-attribution"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, (attribution.match(/https?:\/\//g) || []).length);
  for (const href of hrefs) {
    assert.ok(attribution.includes(href), `${href} is in the attribution`);
    assert.match(href, /^https?:\/\/\S+[^)\].,;:'"]$/);
  }
  for (const panel of ['actors', 'quotes', 'places']) {
    assert.ok(await page.locator(`[data-testid="${panel}"]`).isVisible(), `${panel} panel visible`);
    assert.match(await header(page, panel), /^\d+$/, `${panel} header shows a count`);
  }
  assert.match(await page.locator('[data-testid="status"]').textContent(), /^\d+ words/);

  await screenshot(page, 'first-visit-light.png');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the page looks right in dark mode and on a narrow screen', async () => {
  for (const [name, options] of [
    ['first-visit-dark.png', { colorScheme: 'dark' }],
    ['narrow-light.png', { colorScheme: 'light', viewport: { width: 390, height: 844 } }],
    ['narrow-dark.png', { colorScheme: 'dark', viewport: { width: 390, height: 844 } }],
  ]) {
    const { page, context } = await newPage(site.browser, options);
    await openApp(page, site.server.url);
    await screenshot(page, name);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});

test('[needs analysis core] a pasted article shows actors, quotes and places', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  await page.click('[data-testid="clear"]');
  assert.equal(await page.inputValue('[data-testid="article-input"]'), '');
  const article = await sampleText();
  await pasteArticle(page, article);

  // screenshots first, so they exist even when the assertions below fail
  await screenshot(page, 'pasted-light.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'pasted-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  const actors = await count(page, 'actor');
  const quotes = await count(page, 'quote');
  const places = await count(page, 'place');
  assert.ok(actors >= 1, `expected at least one actor, got ${actors}`);
  assert.ok(quotes >= 1, `expected at least one quote, got ${quotes}`);
  assert.ok(places >= 1, `expected at least one place, got ${places}`);
  assert.equal(await header(page, 'actors'), String(actors));
  assert.equal(await header(page, 'quotes'), String(quotes));
  assert.equal(await header(page, 'places'), String(places));

  const firstQuote = page.locator('[data-testid="quote"]').first();
  const quoteText = (await firstQuote.locator('[data-testid="quote-text"]').textContent()).trim();
  assert.ok(quoteText.length > 0);
  assert.ok(article.includes(quoteText), 'quote text is taken from the article');
  assert.ok((await firstQuote.locator('[data-testid="quote-speaker"]').textContent()).trim().length > 0);

  const marks = await page.locator('[data-testid="article-view"] mark[data-ref]').count();
  assert.ok(marks >= actors + places, 'every actor and place is marked at least once');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] clicking an actor marks its mentions; Esc clears', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const actor = page.locator('[data-testid="actor"]').first();
  await actor.waitFor();
  const mentions = Number(await actor.locator('[data-testid="actor-count"]').textContent());

  await actor.locator('button').click();
  assert.equal(await actor.locator('button').getAttribute('aria-pressed'), 'true');
  const selected = page.locator('[data-testid="article-view"] mark.selected');
  await selected.first().waitFor();
  assert.equal(await selected.count(), mentions);
  await screenshot(page, 'actor-selected.png');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid="article-view"] .selected'));
  assert.equal(await actor.locator('button').getAttribute('aria-pressed'), 'false');

  // the keyboard works too: focus the actor and press Enter
  await actor.locator('button').focus();
  await page.keyboard.press('Enter');
  await selected.first().waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('typed text survives a reload', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const text = 'Ada Lovelace said "the engine might compose music" in London.';
  await pasteArticle(page, text);
  await page.reload();
  await openApp(page, site.server.url);
  assert.equal(await page.inputValue('[data-testid="article-input"]'), text);
  assert.equal(await page.locator('[data-testid="article-view"]').textContent(), text);
  assert.equal(await page.locator('[data-testid="sample-attribution"]').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('Clear empties the text, the panels and the saved draft', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  await pasteArticle(page, 'Some text to forget.');
  await page.click('[data-testid="clear"]');

  assert.equal(await page.inputValue('[data-testid="article-input"]'), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('article-lens.text')), null);
  for (const panel of ['actors', 'quotes', 'places']) {
    assert.equal(await header(page, panel), '0');
  }
  assert.ok(await page.locator('[data-testid="article-view"] .empty').isVisible());
  // focus goes back to the paste area, ready for the next article
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'article-input');
  await screenshot(page, 'cleared.png');

  await page.click('[data-testid="load-sample"]');
  assert.equal(await page.inputValue('[data-testid="article-input"]'), await sampleText());
  assert.deepEqual(page.problems, []);
  await context.close();
});
