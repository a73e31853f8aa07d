// The page loads nothing but its own files: no fonts, scripts or analytics from elsewhere, and
// the text is never sent anywhere. The Content-Security-Policy forbids it too.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readdir } from 'node:fs/promises';

import { analysed, distDir, newPage, openApp, pasteArticle, setText, useSite, workerReady } from './helpers.mjs';

const site = useSite('/');

test('every request stays on the page origin', async () => {
  const { page, context } = await newPage(site.browser);
  const requests = [];
  context.on('request', (req) => requests.push({ url: req.url(), method: req.method() }));

  await openApp(page, site.server.url);
  await pasteArticle(page, 'Grace Hopper told reporters in Arlington: "It is easier to ask forgiveness."');
  const actor = page.locator('[data-testid="actor"] button').first();
  if (await actor.count()) await actor.click();
  await page.keyboard.press('Escape');
  await page.reload();
  await openApp(page, site.server.url);

  const origin = new URL(site.server.url).origin;
  assert.ok(requests.length >= 4, 'the page, its script, its wasm and its styles were requested');
  for (const { url, method } of requests) {
    const u = new URL(url);
    if (u.protocol === 'data:') continue;
    assert.equal(u.origin, origin, `${method} ${url} leaves the page origin`);
    assert.equal(method, 'GET', `${method} ${url}: the page only ever reads its own files`);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the page carries a strict Content-Security-Policy without inline scripts', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp, 'CSP meta tag present');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  }
  assert.ok(!csp.includes('unsafe-inline'), 'no unsafe-inline');
  const inline = await page.evaluate(
    () => [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  );
  assert.equal(inline, 0, 'no inline <script> elements');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('after the page has loaded, analysing, sharing and exporting make no request at all', async () => {
  const { page, context } = await newPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openApp(page, site.server.url);
  await workerReady(page);
  await page.waitForLoadState('networkidle');
  const after = [];
  context.on('request', (req) => after.push(`${req.method()} ${req.url()}`));

  // analyse, pick, filter
  await pasteArticle(page, 'Grace Hopper told reporters in Arlington: "It is easier to ask forgiveness." The Navy agreed.');
  await page.locator('[data-testid="actor"] button').first().click();
  await page.keyboard.press('Escape');
  await page.fill('[data-testid="filter"]', 'hopper');
  await page.fill('[data-testid="filter"]', '');
  // share: open the dialog, copy both links
  await page.click('[data-testid="share-button"]');
  await page.locator('[data-testid="share-dialog"]').waitFor();
  for (const copy of await page.locator('[data-testid="share-dialog"] [data-testid="share-link"] button').all()) {
    await copy.click();
  }
  await page.click('[data-testid="share-close"]');
  // export: every download and the clipboard brief
  for (const id of ['export-json', 'export-quotes-csv', 'export-actors-csv', 'export-places-csv', 'export-sources-csv', 'export-markdown']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
    await download.path();
  }
  await page.click('[data-testid="copy-markdown"]');
  await page.waitForTimeout(300);

  // downloads are made from blob: URLs in the page; nothing goes over the network
  const network = after.filter((r) => !/ (blob|data):/.test(r));
  assert.deepEqual(network, [], 'requests after load');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the page loads its analysis worker from its own files; long texts then make no request', async () => {
  const { page, context } = await newPage(site.browser);
  const during = [];
  context.on('request', (req) => during.push({ method: req.method(), url: req.url() }));
  await openApp(page, site.server.url);
  await workerReady(page);
  await page.waitForLoadState('networkidle');
  const own = new Set((await readdir(distDir)).map((f) => `/${f}`));
  const origin = new URL(site.server.url).origin;
  for (const { method, url } of during) {
    const u = new URL(url);
    assert.equal(method, 'GET', url);
    assert.equal(u.origin, origin, url);
    assert.equal(u.search, '', `${url}: nothing rides along in a query`);
    assert.ok(u.pathname === '/' || own.has(u.pathname), `${url} is one of the site's own files`);
  }
  const paths = new Set(during.map((r) => new URL(r.url).pathname));
  assert.ok(paths.has('/worker.js'), [...paths].join(', '));
  // the worker gets the page's compiled module: the wasm file is fetched once (and perhaps
  // once more by the service worker storing it), never by the worker
  const wasm = during.filter((r) => /\.wasm$/.test(new URL(r.url).pathname));
  assert.ok(wasm.length >= 1 && wasm.length <= 2, wasm.map((r) => r.url).join(', '));

  const after = [];
  context.on('request', (req) => after.push(`${req.method()} ${req.url()}`));
  const long = 'Grace Hopper told reporters in Arlington: "It is easier to ask forgiveness."\n\n'.repeat(1200);
  await setText(page, long);
  await analysed(page, long, 30_000);
  await setText(page, `${long} More.`);
  await analysed(page, `${long} More.`, 30_000);
  assert.deepEqual(after, [], 'no request for long texts');
  assert.deepEqual(page.problems, []);
  await context.close();
});
