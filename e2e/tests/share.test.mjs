// Share links: made from the sample article, opened in fresh browsers, and hostile links that
// must do nothing but show a message.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import path from 'node:path';

import {
  artifactsDir,
  guardedPage as guarded,
  newPage,
  openApp,
  openAt,
  pasteArticle,
  sampleText,
  screenshot,
  serveDist,
  useSite,
} from './helpers.mjs';

const site = useSite('/');
let links; // { article, summary, items } made from the sample article

/** The text of every actor, quote and place item, in page order. */
async function items(page) {
  const out = {};
  for (const kind of ['actor', 'quote', 'place']) {
    out[kind] = (await page.locator(`[data-testid="${kind}"]`).allTextContents()).map((t) => t.trim());
  }
  return out;
}

/** A page that fails the test on any alert/confirm/prompt. */
const guardedPage = (options) => guarded(site.browser, options);

async function makeLinks() {
  if (links) return links;
  const { page, context } = await newPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openApp(page, site.server.url);
  await page.locator('[data-testid="actor"]').first().waitFor();
  const before = await items(page);
  await page.click('[data-testid="share-button"]');
  const dialog = page.locator('[data-testid="share-dialog"]');
  await dialog.locator('[data-testid="share-summary-url"]').waitFor();
  const article = await dialog.locator('[data-testid="share-article-url"]').inputValue();
  const summary = await dialog.locator('[data-testid="share-summary-url"]').inputValue();
  links = { article, summary, items: before };
  await context.close();
  return links;
}

test('the Share dialog offers an article link and a summary link, with lengths and Copy', async () => {
  const { page, context } = await guardedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await openApp(page, site.server.url);
  await page.click('[data-testid="share-button"]');
  const dialog = page.locator('[data-testid="share-dialog"]');
  await dialog.locator('[data-testid="share-summary-url"]').waitFor();
  assert.equal(await dialog.evaluate((d) => d.open), true);
  assert.equal(await dialog.locator('[data-testid="share-link"]').count(), 2);
  assert.equal(await dialog.getAttribute('aria-labelledby'), 'share-title');
  // focus moved into the dialog
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is inside the dialog');

  for (const kind of ['article', 'summary']) {
    const url = await dialog.locator(`[data-testid="share-${kind}-url"]`).inputValue();
    // the sample has reported speech and states a person's gender: summary links are s3
    assert.ok(url.startsWith(`${site.server.url}#${kind === 'article' ? 'a1.' : 's3.'}`), url.slice(0, 60));
    const length = await dialog.locator(`[data-testid="share-${kind}-length"]`).textContent();
    assert.equal(length, `${url.length.toLocaleString('en-US')} characters`);
    await dialog.locator(`[data-testid="copy-${kind}-link"]`).click();
    await page.waitForFunction(
      (k) => document.querySelector(`[data-testid="copy-${k}-link"]`)?.textContent === 'Copied',
      kind,
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path.join(artifactsDir, 'share-dialog.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(artifactsDir, 'share-dialog-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Esc closes it, and focus goes back to the Share button
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid="share-dialog"]').open);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'share-button');
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a long article gives a warning and offers the JSON file instead', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  // varied text compresses poorly, so the link passes 8,000 characters
  let seed = 7;
  const words = [];
  for (let i = 0; i < 4000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    words.push(seed.toString(36));
  }
  await pasteArticle(page, words.join(' '));
  await page.click('[data-testid="share-button"]');
  const warning = page.locator('[data-testid="share-article-warning"]');
  await warning.waitFor();
  assert.match(await warning.textContent(), /longer than 8,000 characters/);
  const download = page.waitForEvent('download');
  await warning.locator('button').click();
  assert.equal((await download).suggestedFilename(), 'article-lens-summary.json');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] an article link opens the same article and results in a fresh browser', async () => {
  const { article, items: expected } = await makeLinks();
  const { page, context } = await guardedPage();
  await openAt(page, article);
  await page.locator('[data-testid="actor"]').first().waitFor();
  assert.equal(await page.inputValue('[data-testid="article-input"]'), await sampleText());
  assert.deepEqual(await items(page), expected);
  assert.equal(await page.locator('[data-testid="link-error"]').count(), 0);
  // opening a link does not save it as the reader's draft
  assert.equal(await page.evaluate(() => localStorage.getItem('article-lens.text')), null);
  // the first edit saves the draft and takes the link out of the address bar
  await pasteArticle(page, 'An edited article about Oslo.');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('article-lens.text'))), 'An edited article about Oslo.');
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] a summary link shows the same results and says the text is not included', async () => {
  const { summary, items: expected } = await makeLinks();
  const { page, context } = await guardedPage();
  // the reader's own draft is left alone
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('article-lens.text', 'My own draft.');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openAt(page, summary);
  const notice = page.locator('[data-testid="summary-only-notice"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /This link carries the summary only; the article text is not included/);
  assert.equal(await page.locator('[data-testid="article-view"]').count(), 0);
  assert.deepEqual(await items(page), expected);
  assert.match(await page.locator('[data-testid="status"]').textContent(), /^Summary from a link/);
  assert.equal(await page.evaluate(() => localStorage.getItem('article-lens.text')), 'My own draft.');
  await screenshot(page, 'summary-link.png');

  // typing returns to the normal page
  await pasteArticle(page, 'Now my own text about Paris.');
  await page.locator('[data-testid="article-view"]').waitFor();
  assert.equal(await page.locator('[data-testid="summary-only-notice"]').count(), 0);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a link pasted into the address bar of the open page is opened (hashchange)', async () => {
  const { article } = await makeLinks();
  const { page, context } = await guardedPage();
  await openApp(page, site.server.url);
  await pasteArticle(page, 'Something else entirely.');
  await page.evaluate((h) => { location.hash = h; }, new URL(article).hash);
  await page.waitForFunction(
    (n) => (document.querySelector('[data-testid="status"]')?.textContent || '').startsWith(`${n} words`),
    (await sampleText()).trim().split(/\s+/).length,
  );
  assert.equal(await page.inputValue('[data-testid="article-input"]'), await sampleText());
  // the skip link's in-page anchor is not taken for a link
  await page.evaluate(() => { location.hash = '#results'; });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('[data-testid="link-error"]').count(), 0);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

function randomBase64url(n) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let seed = 12345;
  let out = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += abc[seed % 64];
  }
  return out;
}

test('hostile links show a message, run nothing, and leave the editor working', async () => {
  const { article } = await makeLinks();
  const fragment = new URL(article).hash.slice(1);
  const garbage = Array.from({ length: 200_000 }, (_, i) => '!@$^&*()[]{}~xyz'[(i * 7919) % 16]).join('');
  const hostile = [
    ['empty after prefix', 'a1.'],
    ['empty summary payload', 's1.'],
    ['unknown version', 'a9.xxx'],
    ['bad characters', 's1.!!!'],
    ['truncated real link', fragment.slice(0, Math.floor(fragment.length / 2))],
    ['200k characters of garbage', garbage],
    ['200k characters of base64url after a1.', `a1.${randomBase64url(200_000)}`],
    ['script tag', '<script>alert(1)</script>'],
    ['image with onerror', '<img src=x onerror=alert(1)>'],
    ['random base64url summary', `s1.${randomBase64url(300)}`],
    ['percent signs', 'a1.%%%'],
    ['javascript: text', 'javascript:alert(document.cookie)'],
  ];

  // what the window holds on a clean page, to spot anything a link might add
  const clean = await guardedPage();
  await openApp(clean.page, site.server.url);
  const cleanGlobals = new Set(await clean.page.evaluate(() => Object.keys(window)));
  await clean.context.close();

  for (const [name, hash] of hostile) {
    const { page, context } = await guardedPage();
    await openAt(page, `${site.server.url}#${hash}`);
    const banner = page.locator('[data-testid="link-error"]');
    await banner.waitFor();
    const message = (await page.locator('[data-testid="link-error-message"]').textContent()).trim();
    assert.ok(message.length > 0 && message.length < 400, `${name}: a short message (${message.slice(0, 80)})`);
    assert.equal(await banner.getAttribute('role'), 'alert');
    // nothing from the fragment became markup or script
    assert.equal(await page.locator('.banner img, .banner script').count(), 0, `${name}: no markup`);
    const extra = (await page.evaluate(() => Object.keys(window))).filter((k) => !cleanGlobals.has(k));
    assert.deepEqual(extra, [], `${name}: no new globals`);
    // the page still shows the sample and the editor still works
    assert.equal(await page.inputValue('[data-testid="article-input"]'), await sampleText(), name);
    await pasteArticle(page, 'Ada Lovelace wrote from London.');
    assert.equal(await page.locator('[data-testid="article-view"]').textContent(), 'Ada Lovelace wrote from London.');
    if (name === 'script tag') await screenshot(page, 'link-error.png');
    await page.click('[data-testid="link-error-dismiss"]');
    assert.equal(await banner.count(), 0, `${name}: the message can be dismissed`);
    assert.deepEqual(page.dialogs, [], `${name}: no alert, confirm or prompt`);
    assert.deepEqual(page.problems, [], name);
    await context.close();
  }
});

test('[needs analysis core] links made in a sub-folder point back into that folder and open there', async () => {
  const sub = await serveDist('/deep/folder/');
  try {
    const { page, context } = await guardedPage();
    await openApp(page, sub.url);
    await page.locator('[data-testid="actor"]').first().waitFor();
    const expected = await items(page);
    await page.click('[data-testid="share-button"]');
    const url = await page.locator('[data-testid="share-summary-url"]').inputValue();
    assert.ok(url.startsWith(`${sub.url}#s3.`), url.slice(0, 60));
    await context.close();

    const fresh = await guardedPage();
    await openAt(fresh.page, url);
    await fresh.page.locator('[data-testid="summary-only-notice"]').waitFor();
    assert.deepEqual(await items(fresh.page), expected);
    assert.deepEqual(fresh.page.problems, []);
    await fresh.context.close();
  } finally {
    await sub.close();
  }
});
