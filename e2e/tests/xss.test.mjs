// Nothing from the input ever runs. Every vector of e2e/fixtures/xss-vectors.json (script
// tags, event handlers, javascript: and data: URLs, SVG and MathML tricks, template and CSS
// injection, broken markup) goes in by each way a text can arrive: typed or pasted as plain
// text, pasted as HTML, dropped as an .html file, and inside share links of both kinds
// (e2e/fixtures/xss-links.json, made by tests/xss_links.rs). After each, the page must show
// no dialog, have no `window.__xss` nor any new global, hold no element the input brought
// (no new script, iframe, image, SVG …, no `id="xss"`, no `on…` attribute, no javascript:
// URL), and keep working.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  dropFile,
  guardedPage,
  openApp,
  openAt,
  pasteArticle,
  pasteHtml,
  repoRoot,
  useSite,
} from './helpers.mjs';

const fixtures = path.join(repoRoot, 'e2e', 'fixtures');
const VECTORS = JSON.parse(await readFile(path.join(fixtures, 'xss-vectors.json'), 'utf8')).vectors;
const LINKS = JSON.parse(await readFile(path.join(fixtures, 'xss-links.json'), 'utf8'));

/** Elements an injected fragment could bring; the page's own count of each is the baseline. */
const WATCHED = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'svg', 'math',
  'style', 'link', 'meta', 'base', 'form', 'video', 'audio', 'source',
  'template', 'details', 'marquee', 'portal', 'noscript', 'isindex', 'x', 'animate', 'use',
  'foreignObject', 'a', 'table', 'body', 'title',
];

let baseline;

// what the page holds with an ordinary article, to compare against
const site = useSite('/', async ({ browser, server }) => {
  const { page, context } = await guardedPage(browser);
  await openApp(page, server.url);
  await pasteArticle(page, 'Ada Lovelace wrote from London.');
  baseline = await inspect(page);
  await context.close();
});

/** What an executed or inserted vector would leave behind. */
function inspect(page) {
  return page.evaluate((watched) => {
    const count = {};
    // the Sources panel draws its own chart (one svg) and table when the article quotes
    // someone: those two elements are the page's, not the input's (what they hold still counts)
    const own = (el) =>
      (el.localName === 'svg' && el.parentElement?.dataset.testid === 'sources-chart') ||
      (el.localName === 'table' && el.dataset.testid === 'sources-table');
    for (const tag of watched) {
      count[tag] = [...document.getElementsByTagName(tag)].filter((el) => !own(el)).length;
    }
    const handlers = [];
    const urls = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) handlers.push(`<${el.localName} ${attr.name}>`);
        if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name)) {
          if (/^\s*(javascript|vbscript|data):/i.test(attr.value)) urls.push(`<${el.localName} ${attr.name}=${attr.value}>`);
        }
      }
    }
    return {
      count,
      handlers,
      urls,
      injected: document.querySelectorAll('#xss, [id^="xss"]').length,
      flag: typeof window.__xss,
      globals: Object.keys(window).sort(),
      title: document.title,
    };
  }, WATCHED);
}

/** Fails when anything ran or was inserted since the page opened. */
async function assertNothingRan(page, label) {
  await page.waitForTimeout(50); // an image error or a scheduled script would fire by now
  const now = await inspect(page);
  assert.deepEqual(page.dialogs, [], `${label}: a dialog opened`);
  assert.equal(now.flag, 'undefined', `${label}: window.__xss was set`);
  assert.equal(now.injected, 0, `${label}: an element with id "xss" was inserted`);
  assert.deepEqual(now.handlers, [], `${label}: inline event handlers in the page`);
  assert.deepEqual(now.urls, [], `${label}: script URLs in the page`);
  assert.deepEqual(now.count, baseline.count, `${label}: elements the input brought`);
  const extra = now.globals.filter((g) => !baseline.globals.includes(g));
  assert.deepEqual(extra, [], `${label}: new globals`);
  assert.equal(now.title, baseline.title, `${label}: the title changed`);
}

/** The page still analyses a plain article, with no error logged. */
async function assertStillWorks(page) {
  await pasteArticle(page, 'Ada Lovelace wrote from London.');
  assert.equal(
    await page.locator('[data-testid="article-view"]').textContent(),
    'Ada Lovelace wrote from London.',
  );
  assert.ok(Number(await page.locator('[data-testid="actors-count"]').textContent()) >= 1);
  assert.deepEqual(page.problems, []);
}

const INPUT = '[data-testid="article-input"]';
const drawn = (page, text) =>
  page.waitForFunction(
    (t) => document.querySelector('[data-testid="article-view"]')?.textContent === t,
    text,
  );

test('the checks catch a vector that does run', async () => {
  const { page, context } = await guardedPage(site.browser);
  await openApp(page, site.server.url);
  await pasteArticle(page, 'Ada Lovelace wrote from London.');
  await assertNothingRan(page, 'clean page');
  // what a flaw would do: insert the vector as markup
  await page.evaluate((v) => {
    document.querySelector('[data-testid="article-view"]').insertAdjacentHTML('beforeend', v);
  }, '<b onmouseover="window.__xss=1">x</b><svg></svg>');
  await assert.rejects(assertNothingRan(page, 'injected'), /inline event handlers/);
  await context.close();
});

test(`${VECTORS.length} vectors typed or pasted as plain text show as text and run nothing`, async () => {
  assert.ok(VECTORS.length >= 50);
  const { page, context } = await guardedPage(site.browser);
  await openApp(page, site.server.url);
  const text = LINKS.map((l) => l.text).join('\n\n');
  await page.fill(INPUT, text); // a real input event, as typing or a plain paste makes
  await drawn(page, text);
  // every vector is in the marked article, character for character, as text
  const shown = await page.locator('[data-testid="article-view"]').textContent();
  for (const v of VECTORS) assert.ok(shown.includes(v), `shown as text: ${v}`);
  // picking actors and quotes found among the vectors highlights them without harm
  for (const item of await page.locator('[data-testid="actor"] button').all()) await item.click();
  await page.locator('[data-testid="quote"] button').first().click();
  await page.keyboard.press('Escape');
  await assertNothingRan(page, 'plain text');
  await assertStillWorks(page);
  await context.close();
});

test(`${VECTORS.length} vectors pasted as HTML become inert text`, async () => {
  const { page, context } = await guardedPage(site.browser);
  await openApp(page, site.server.url);
  for (const [i, v] of VECTORS.entries()) {
    for (const html of [v, `<p>Anna Berg said: “${v}” in Paris.</p>`]) {
      await page.fill(INPUT, '');
      // (an HTML paste with no text in it is left to the browser, which pastes the plain text)
      await pasteHtml(page, html);
      const value = await page.inputValue(INPUT);
      assert.ok(!/<\s*(script|img|svg|iframe)/i.test(value) || v.includes('&lt;'), `vector ${i}: markup left in the text`);
    }
    await assertNothingRan(page, `HTML paste of vector ${i}: ${v}`);
  }
  await assertStillWorks(page);
  await context.close();
});

test(`${VECTORS.length} vectors in dropped .html files become inert text`, async () => {
  const { page, context } = await guardedPage(site.browser);
  await openApp(page, site.server.url);
  for (const [i, v] of VECTORS.entries()) {
    const name = `story-${i}.html`;
    const html = `<!doctype html><html><head><title>x</title>${v}</head><body><p>Anna Berg said: “${v}” in Paris.</p>${v}</body></html>`;
    await dropFile(page, name, 'text/html', html);
    await page.locator('[data-testid="input-note"]', { hasText: name }).waitFor();
    await assertNothingRan(page, `dropped file with vector ${i}: ${v}`);
  }
  await assertStillWorks(page);
  await context.close();
});

/**
 * Opens each link: every other one as a fresh page load, the rest as a fragment change of the
 * open page (the app follows `hashchange`), so both ways a link arrives are covered.
 */
async function openEach(kind, check) {
  const { page, context } = await guardedPage(site.browser);
  await openApp(page, site.server.url);
  for (const [i, link] of LINKS.entries()) {
    const fragment = link[kind];
    if (i % 2 === 0) {
      await openAt(page, `${site.server.url}?v=${i}#${fragment}`);
    } else {
      await page.evaluate((f) => {
        window.location.hash = f;
      }, fragment);
    }
    await check(page, link, i);
    await assertNothingRan(page, `${kind} link ${i}: ${link.vector}`);
  }
  await assertStillWorks(page);
  await context.close();
}

test(`${VECTORS.length} article links carrying the vectors open as text`, async () => {
  await openEach('article', async (page, link) => {
    await page.waitForFunction((t) => document.querySelector('[data-testid="article-input"]').value === t, link.text);
    await drawn(page, link.text);
    assert.equal(await page.locator('[data-testid="link-error"]').count(), 0);
  });
});

test(`${VECTORS.length} summary links with a vector in every field open as text`, async () => {
  await openEach('summary', async (page, link) => {
    await page.locator('[data-testid="summary-only-notice"]').waitFor();
    await page.waitForFunction(
      (v) => document.querySelector('[data-testid="actor-name"]')?.textContent === v,
      link.vector,
    );
    assert.equal(await page.locator('[data-testid="quote-text"]').textContent(), link.vector);
    assert.equal(await page.locator('[data-testid="place-name"]').textContent(), link.vector);
    assert.equal(await page.locator('[data-testid="actor-role"]').first().textContent(), `${link.vector}, ${link.vector}`);
    // the hostile ids are only data: picking the actor and the quote works
    await page.locator('[data-testid="actor"] button').first().click();
    await page.locator('[data-testid="quote"] button').first().click();
    await page.keyboard.press('Escape');
  });
});
