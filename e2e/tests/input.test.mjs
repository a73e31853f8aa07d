// Getting an article in: rich text pasted from a web page, .html and .txt files dropped or
// opened, the draft kept across a reload, and a 1 MB article analysed while the page keeps
// answering.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  analysed,
  dropFile,
  guardedPage,
  holdWorkerAnswers,
  newPage,
  openApp,
  pasteArticle,
  pasteHtml,
  repoRoot,
  sampleText,
  screenshot,
  setText,
  useSite,
} from './helpers.mjs';

const site = useSite('/');

const INPUT = '[data-testid="article-input"]';

/**
 * A page that records dialogs (there must be none) and every URL it requests; with
 * `holdAnswers`, the test decides when it hears from its workers (see `holdWorkerAnswers`).
 */
async function watchedPage({ holdAnswers = false } = {}) {
  const { page, context } = await guardedPage(site.browser);
  if (holdAnswers) await holdWorkerAnswers(context);
  page.requested = [];
  page.on('request', (req) => page.requested.push(req.url()));
  await openApp(page, site.server.url);
  return { page, context };
}

const RICH = [
  '<html><head><meta charset="utf-8"><title>Not article text</title>',
  '<style>p { color: red }</style></head><body>',
  '<!--StartFragment--><h1>Minister   resigns</h1>',
  '<p>The minister, Jane Doe, said &ldquo;enough&rdquo; &amp; left Ottawa.</p>',
  '<p>First line<br>second line</p>',
  '<script>window.__x = 1</script>',
  '<img src=x onerror="window.__y = 1">',
  '<div><p>Nested &lt;tag&gt; text</p></div>',
  '<ul><li>One</li><li>Two</li></ul>',
  '<p>Last&nbsp;paragraph.</p><!--EndFragment--></body></html>',
].join('\n');

const RICH_TEXT = [
  'Minister resigns',
  'The minister, Jane Doe, said “enough” & left Ottawa.',
  'First line\nsecond line',
  'Nested <tag> text',
  'One',
  'Two',
  'Last paragraph.',
].join('\n\n');

test('pasted HTML becomes clean paragraphs and nothing in it runs or loads', async () => {
  const { page, context } = await watchedPage();
  await page.click('[data-testid="clear"]');
  assert.equal(await pasteHtml(page, RICH), true, 'the browser does not paste the HTML itself');

  assert.equal(await page.inputValue(INPUT), RICH_TEXT);
  await analysed(page, RICH_TEXT);
  await page.waitForTimeout(300); // time for an image error or a script to fire, if any could
  assert.deepEqual(await page.evaluate(() => [typeof window.__x, typeof window.__y]), ['undefined', 'undefined']);
  assert.deepEqual(page.dialogs, []);
  assert.equal(await page.locator('img, body script:not([src])').count(), 0, 'no element from the paste');
  assert.equal(await page.locator('title').textContent(), 'Article Lens');
  assert.ok(!page.requested.some((u) => /\/x$/.test(u)), 'the pasted image was never requested');
  // the pasted heading, list and attributes exist nowhere in the page
  assert.deepEqual(await page.locator('h1').allTextContents(), ['Article Lens']);
  assert.equal(await page.locator('[onerror], [style], style, li:text-is("One")').count(), 0);
  assert.equal(await page.locator('[data-testid="article-view"]').textContent(), RICH_TEXT);
  await screenshot(page, 'pasted-html.png');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('pasted HTML goes in at the caret; plain text pastes as it is', async () => {
  const { page, context } = await watchedPage();
  await pasteArticle(page, 'Before. After.');
  await page.evaluate(() => document.querySelector('[data-testid="article-input"]').setSelectionRange(8, 8));
  await pasteHtml(page, '<p><i>Middle</i> part.</p> ');
  assert.equal(await page.inputValue(INPUT), 'Before. Middle part.After.');
  // the caret sits after the pasted text
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid="article-input"]').selectionStart), 20);

  // with no HTML on the clipboard the browser's own paste is left alone
  const prevented = await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'plain');
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('[data-testid="article-input"]').dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(prevented, false);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a dropped .html or .txt file replaces the text', async () => {
  const { page, context } = await watchedPage();
  await dropFile(page, 'story.html', 'text/html', RICH);
  await page.waitForFunction((t) => document.querySelector('[data-testid="article-input"]').value === t, RICH_TEXT);
  await analysed(page, RICH_TEXT);
  assert.match(await page.locator('[data-testid="input-note"]').textContent(), /Opened “story\.html”/);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => [typeof window.__x, typeof window.__y]), ['undefined', 'undefined']);
  assert.equal(await page.locator('img').count(), 0);

  const plain = 'Grace Hopper spoke in Arlington.\r\n\r\nShe said "ask forgiveness".\r\n';
  await dropFile(page, 'notes.txt', 'text/plain', plain);
  const expected = plain.replaceAll('\r\n', '\n');
  await page.waitForFunction((t) => document.querySelector('[data-testid="article-input"]').value === t, expected);
  await analysed(page, expected);

  // anything else is refused with a note, and the text stays
  await dropFile(page, 'photo.png', 'image/png', 'not really a picture');
  await page.locator('[data-testid="input-note"]', { hasText: 'not a text or HTML file' }).waitFor();
  assert.equal(await page.inputValue(INPUT), expected);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('"Open file…" opens an .html file, and the text survives a reload', async () => {
  const { page, context } = await watchedPage();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="open-file"]')]);
  assert.equal(
    await page.getAttribute('[data-testid="file-input"]', 'accept'),
    '.txt,.html,.htm,text/plain,text/html',
  );
  await chooser.setFiles({ name: 'story.htm', mimeType: 'text/html', buffer: Buffer.from(RICH) });
  await page.waitForFunction((t) => document.querySelector('[data-testid="article-input"]').value === t, RICH_TEXT);
  await analysed(page, RICH_TEXT);

  // the input itself takes files too (as setInputFiles does), a .txt this time
  const plain = 'Ada Lovelace wrote from London.';
  await page.setInputFiles('[data-testid="file-input"]', {
    name: 'a.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(plain),
  });
  await page.waitForFunction((t) => document.querySelector('[data-testid="article-input"]').value === t, plain);
  await analysed(page, plain);

  await page.reload();
  await openApp(page, site.server.url);
  assert.equal(await page.inputValue(INPUT), plain);
  assert.equal(await page.locator('[data-testid="article-view"]').textContent(), plain);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a first visit shows the sample article, analysed', async () => {
  const { page, context } = await newPage(site.browser);
  await page.goto(site.server.url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid="article-view"] mark');
  await analysed(page, await sampleText());
  assert.equal(await page.inputValue(INPUT), await sampleText());
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** About `bytes` of real article text: the annotated test articles, over and over. */
async function longArticle(bytes) {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'articles');
  const texts = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    texts.push(JSON.parse(await readFile(path.join(dir, name), 'utf8')).text.trim());
  }
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) out += texts[i % texts.length] + '\n\n';
  return out.trim();
}

/**
 * Clicks the quotes panel's "By speaker" toggle as a mouse would, where it is (without the
 * driver's waiting for animations), and waits until it has flipped: it does not depend on
 * the text, so it answers whether or not an analysis is under way.
 */
async function clickToggle(page) {
  const toggle = page.locator('[data-testid="quotes-by-speaker"]');
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.scrollIntoViewIfNeeded();
  const box = await toggle.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid="quotes-by-speaker"]').getAttribute('aria-pressed') !== b,
    before,
  );
}

test('a 1 MB article is analysed in the background while the page keeps answering', async () => {
  const { page, context } = await watchedPage({ holdAnswers: true });
  const article = await longArticle(1_000_000);
  assert.ok(Buffer.byteLength(article) >= 1_000_000);

  // what the page does, in order: the busy state shown and hidden, each flip of the toggle
  await page.evaluate(() => {
    window.__order = [];
    const toggle = document.querySelector('[data-testid="quotes-by-speaker"]');
    const busy = document.querySelector('[data-testid="analysing"]');
    new MutationObserver(() => window.__order.push(`pressed ${toggle.getAttribute('aria-pressed')}`)).observe(
      toggle,
      { attributes: true, attributeFilter: ['aria-pressed'] },
    );
    new MutationObserver(() => window.__order.push(busy.hidden ? 'done' : 'busy')).observe(busy, {
      attributes: true,
      attributeFilter: ['hidden'],
    });
    // the results' status line and the marked article's first redraw, each once
    const status = document.querySelector('[data-testid="status"]');
    const statusSeen = new MutationObserver(() => {
      if (/^\d+ words/.test(status.textContent)) {
        window.__order.push('status');
        window.__articleAtStatus = document.querySelector('[data-testid="article-view"]').textContent.slice(0, 200);
        statusSeen.disconnect();
      }
    });
    statusSeen.observe(status, { childList: true, subtree: true, characterData: true });
    const articleSeen = new MutationObserver(() => {
      window.__order.push('article');
      articleSeen.disconnect();
    });
    articleSeen.observe(document.querySelector('[data-testid="article-view"]'), { childList: true, subtree: true });
    window.__holdAnswers = true;
  });
  // (a real paste or fill of 1 MB is slow in the test driver; the page sees the same input event)
  await setText(page, article);
  await page.locator('[data-testid="analysing"]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-testid="status"]').textContent(), /Analysing/);
  // the box is folded rather than laid out: its length and beginning are shown, the text is
  // in it, and the focus moved with it
  await page.locator('[data-testid="article-folded"]').waitFor({ state: 'visible' });
  assert.equal(await page.locator(INPUT).isVisible(), false);
  assert.match(
    await page.locator('[data-testid="folded-length"]').textContent(),
    new RegExp(`${[...article].length.toLocaleString('en')} characters`),
  );
  assert.equal((await page.inputValue(INPUT)).length, article.length);

  // a click while the worker analyses is handled at once
  await clickToggle(page);
  // the worker answers; until the page hears it, the page still answers a script and clicks,
  // and still shows the analysis as under way: nothing waited for the worker
  await page.waitForFunction(() => window.__heldAnswers() > 0);
  assert.deepEqual(await page.evaluate(() => window.__posted), [article.length], 'one text sent to the worker');
  assert.match(await page.evaluate(() => document.querySelector('[data-testid="status"]').textContent), /Analysing/);
  await clickToggle(page);
  await clickToggle(page);
  assert.equal(await page.locator('[data-testid="analysing"]').isVisible(), true);
  await page.evaluate(() => window.__releaseAnswers());
  await analysed(page, article);
  const order = await page.evaluate(() => window.__order);
  const flips = order.filter((e) => e.startsWith('pressed')).length;
  assert.deepEqual(
    order.slice(0, order.indexOf('done') + 1).filter((e) => e.startsWith('pressed') || e === 'done'),
    ['pressed true', 'pressed false', 'pressed true', 'done'],
    `every click is handled before the analysis ends: ${order.join(', ')}`,
  );
  assert.equal(flips, 3, order.join(', '));
  // the status line and the panels come first, the marks of the long text in a later task
  assert.ok(order.indexOf('status') >= 0 && order.indexOf('status') < order.indexOf('article'), order.join(', '));
  assert.notEqual(await page.evaluate(() => window.__articleAtStatus), article.slice(0, 200));
  await clickToggle(page); // back to the list in article order
  const ms = Number(await page.getAttribute('[data-testid="analysing"]', 'data-analysis-ms'));
  assert.ok(ms > 0, 'the analysis time is shown');

  // the results are on screen; the marked article is drawn part by part, and a click on a
  // quote selects its marks whether or not its part is drawn yet
  const quoteCount = Number(await page.locator('[data-testid="quotes-count"]').textContent());
  assert.ok(quoteCount > 1000, `${quoteCount} quotes`);
  assert.equal(await page.locator('[data-testid="quote"]').count(), 50, 'a first page of quotes');
  assert.match(
    await page.locator('[data-testid="quotes-more"]').textContent(),
    new RegExp(`Showing 50 of ${quoteCount} quotes`),
  );
  await page.locator('[data-testid="quote"]').nth(49).locator('button').click();
  await page.locator('[data-testid="article-view"] :is(.quote-mark, .reported-mark).selected').first().waitFor();
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="article-view"]').textContent.length === n,
    article.length,
  );
  assert.ok((await page.locator('[data-testid="article-view"] :is(.quote-mark, .reported-mark).selected').count()) >= 1);
  assert.ok(Number(await page.locator('[data-testid="actors-count"]').textContent()) > 10);
  // the whole list is there when asked for
  await page.locator('[data-testid="quotes-more"] [data-testid="show-all"]').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="quote"]').length === n,
    quoteCount,
  );

  // the long draft is kept, and analysed in the background again after a reload
  await page.reload();
  await openApp(page, site.server.url);
  assert.equal((await page.inputValue(INPUT)).length, article.length);
  await analysed(page, article);
  // folded after the reload too, and shown whole when asked for, ready to edit
  await page.locator('[data-testid="article-folded"]').waitFor({ state: 'visible' });
  await page.locator('[data-testid="unfold"]').click();
  await page.locator(INPUT).waitFor({ state: 'visible' });
  assert.equal(await page.locator('[data-testid="article-folded"]').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'article-input');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('typing during a long analysis: the stale result is dropped, the new text analysed', async () => {
  const { page, context } = await watchedPage({ holdAnswers: true });
  const article = await longArticle(300_000);
  const typed = ' Zed Zebra said "yes" in Paris.';
  const final = article + typed;
  const words = (t) => t.trim().split(/\s+/).length;
  // every status line the page shows
  await page.evaluate(() => {
    window.__statuses = [];
    const status = document.querySelector('[data-testid="status"]');
    new MutationObserver(() => window.__statuses.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    window.__holdAnswers = true;
  });
  await setText(page, article);
  await page.locator('[data-testid="analysing"]').waitFor({ state: 'visible' });
  // the worker has analysed the first text, and the page has not heard it yet
  await page.waitForFunction(() => window.__heldAnswers() > 0);
  // a long text is folded; the reader opens it to type
  await page.locator('[data-testid="unfold"]').click();
  await page.focus(INPUT);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(typed);
  assert.equal(await page.inputValue(INPUT), final);
  // the page sends the new text; only then does the old answer arrive
  await page.waitForFunction((n) => window.__posted.at(-1) === n, final.length);
  await page.evaluate(() => window.__releaseAnswers());
  await analysed(page, final);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysing"]').hidden);
  const statuses = await page.evaluate(() => window.__statuses);
  assert.ok(
    !statuses.some((s) => s.startsWith(`${words(article)} word`)),
    `the first text's result is never shown: ${statuses.join(' | ')}`,
  );
  // a long article is drawn part by part; its end arrives last
  await page.waitForFunction(
    () => document.querySelector('[data-testid="article-view"]').textContent.endsWith('in Paris.'),
  );
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a long text pasted into the box folds it; a paste onto the fold replaces the text', async () => {
  const { page, context } = await watchedPage();
  const article = await longArticle(150_000);
  // pasted into the focused box: the box folds, and the focus goes with the text
  await page.focus(INPUT);
  await setText(page, article);
  await page.locator('[data-testid="article-folded"]').waitFor({ state: 'visible' });
  assert.equal(await page.locator(INPUT).isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'article-folded');
  await analysed(page, article);
  // a short article pasted onto the fold takes the long one's place, in the box again
  const short = 'Ada Lovelace said "numbers are poetry" in London.';
  const prevented = await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('[data-testid="article-folded"]').dispatchEvent(event);
    return event.defaultPrevented;
  }, short);
  assert.equal(prevented, true);
  await analysed(page, short);
  await page.locator(INPUT).waitFor({ state: 'visible' });
  assert.equal(await page.inputValue(INPUT), short);
  assert.equal(await page.locator('[data-testid="article-folded"]').isVisible(), false);
  assert.deepEqual(page.problems, []);
  await context.close();
});
