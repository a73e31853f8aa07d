// dist/ uses relative URLs only, so it works from any folder of a static host.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { newPage, openApp, sampleText, screenshot, useSite } from './helpers.mjs';

const BASE = '/some/sub/path/';
const site = useSite(BASE);

test('the site loads and runs when served from a sub-path', async () => {
  const { page, context } = await newPage(site.browser);
  const requested = [];
  page.on('request', (req) => requested.push(new URL(req.url())));

  await openApp(page, site.server.url);
  assert.ok(site.server.url.endsWith(BASE));
  assert.equal(await page.inputValue('[data-testid="article-input"]'), await sampleText());
  assert.ok(requested.some((u) => u.pathname.endsWith('.wasm')), 'the wasm module was fetched');
  for (const u of requested) {
    assert.ok(u.pathname.startsWith(BASE), `${u.pathname} stays under ${BASE}`);
  }
  await screenshot(page, 'sub-path.png');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the sub-path without its trailing slash redirects to it', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url.replace(/\/$/, ''));
  assert.equal(new URL(page.url()).pathname, BASE);
  assert.deepEqual(page.problems, []);
  await context.close();
});
