// The page loads nothing but its own files: no fonts, scripts or analytics from elsewhere, and
// the text is never sent anywhere. The Content-Security-Policy forbids it too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { launch, newPage, openApp, pasteArticle, serveDist } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist('/');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every request stays on the page origin', async () => {
  const { page, context } = await newPage(browser);
  const requests = [];
  context.on('request', (req) => requests.push({ url: req.url(), method: req.method() }));

  await openApp(page, server.url);
  await pasteArticle(page, 'Grace Hopper told reporters in Arlington: "It is easier to ask forgiveness."');
  const actor = page.locator('[data-testid="actor"] button').first();
  if (await actor.count()) await actor.click();
  await page.keyboard.press('Escape');
  await page.reload();
  await openApp(page, server.url);

  const origin = new URL(server.url).origin;
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
  const { page, context } = await newPage(browser);
  await openApp(page, server.url);
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
