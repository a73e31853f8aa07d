// Once visited, the app opens and analyses without a network: its service worker keeps the
// page and its files. Served from a sub-folder, as on a shared static host.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  analysed,
  newPage,
  openApp,
  sampleText,
  screenshot,
  serveDist,
  setText,
  useSite,
} from './helpers.mjs';

const BASE = '/news/tools/lens/';
const site = useSite(BASE);

/** Waits until a service worker is active and controls the page (reloading once if needed). */
async function controlled(page, url = site.server.url) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await openApp(page, url);
  }
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  return scope;
}

test('after one visit the app opens and analyses offline', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  assert.equal(await controlled(page), site.server.url, 'the service worker covers the app folder only');

  await context.setOffline(true);
  await page.reload();
  await openApp(page, site.server.url);
  const sample = await sampleText();
  assert.equal(await page.inputValue('[data-testid="article-input"]'), sample);
  await analysed(page, sample);
  assert.ok(Number(await page.locator('[data-testid="actors-count"]').textContent()) >= 1);
  assert.ok((await page.locator('[data-testid="article-view"] mark').count()) >= 1);

  // a new article is analysed too, and so is a long one (in the worker, also kept offline)
  await page.fill('[data-testid="article-input"]', 'Ada Lovelace spoke in London.');
  await analysed(page, 'Ada Lovelace spoke in London.');
  const long = (sample.trim() + '\n\n').repeat(30).trim();
  await setText(page, long);
  await analysed(page, long, 30_000);
  assert.ok(Number(await page.getAttribute('[data-testid="analysing"]', 'data-analysis-ms')) > 0);
  await screenshot(page, 'offline.png');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the cached app opens with the server gone, whatever the query string', async () => {
  // a server of its own, so stopping it leaves the other tests alone
  const own = await serveDist(BASE);
  const { page, context } = await newPage(site.browser);
  await openApp(page, own.url);
  await controlled(page, own.url);
  await own.close();

  const again = await context.newPage();
  await openApp(again, own.url + '?from=bookmark');
  assert.equal(await again.inputValue('[data-testid="article-input"]'), await sampleText());
  await analysed(again, await sampleText());
  await context.close();
});
