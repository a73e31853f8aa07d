// The filter box narrows the panels to the actors, quotes and places that match.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { newPage, openApp, useSite } from './helpers.mjs';

const site = useSite('/');

test('[needs analysis core] typing in the filter narrows every panel, Esc restores them', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const actors = page.locator('[data-testid="actor"]');
  await actors.first().waitFor();
  const all = await actors.count();
  // The sample article names John Baird; his surname matches him and nobody else.
  const word = 'Baird';
  assert.ok(all > 1, 'the sample has several actors');

  await page.fill('[data-testid="filter"]', word);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="actor"]').length < n,
    all,
  );
  const names = await actors.allTextContents();
  assert.equal(names.length, 1);
  assert.ok(names[0].includes('John Baird'), names[0]);
  const speakers = await page.locator('[data-testid="quote-speaker"]').allTextContents();
  assert.ok(speakers.length >= 1 && speakers.every((t) => t.includes('Baird')), speakers.join(' | '));
  await page.fill('[data-testid="filter"]', 'no such thing at all xyz');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="actor"]').length === 0);
  assert.equal(await page.locator('[data-testid="quote"]').count(), 0);
  assert.equal(await page.locator('[data-testid="place"]').count(), 0);

  await page.focus('[data-testid="filter"]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="actor"]').length === n,
    all,
  );
  await context.close();
});
