// The Sources panel: who is quoted in the sample article, sorting, highlighting a source's
// quotes in the article, the chart's text equivalent, dark mode, axe-core, and sources.csv.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

import { newPage, openApp, useSite } from './helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const site = useSite('/');

const rows = (page) =>
  page.$$eval('[data-testid="source"]', (trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('[data-testid="source-name"]').textContent.trim(),
      kind: tr.dataset.kind,
      quotes: Number(tr.querySelector('[data-testid="source-quotes"]').textContent),
      reported: Number(tr.querySelector('[data-testid="source-reported"]').textContent),
      words: parseInt(tr.querySelector('[data-testid="source-words"]').textContent, 10),
    })),
  );

test('[needs analysis core] the Sources panel lists who is quoted, with figures', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  await page.locator('[data-testid="source"]').first().waitFor();
  const list = await rows(page);
  const names = list.map((r) => r.name);
  for (const name of ['John Baird', 'Paul Dewar', 'Sujata Raisinghani']) {
    assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  }
  // most words quoted first among the named sources
  const named = list.filter((r) => !['anonymous', 'unattributed'].includes(r.kind));
  for (let i = 1; i < named.length; i++) assert.ok(named[i - 1].words >= named[i].words, names.join(', '));
  // every quote and statement of the Quotes panel is counted once
  const statements = list.reduce((n, r) => n + r.quotes + r.reported, 0);
  assert.equal(statements, await page.locator('[data-testid="quote"]').count());
  const count = Number(await page.locator('[data-testid="sources-count"]').textContent());
  assert.equal(count, list.length);

  const figures = await page.locator('[data-testid="sources-figures"]').textContent();
  assert.match(figures, /\d+ named sources? · \d+ persons? · /);
  assert.match(figures, /anonymous: \d+% of statements/);
  // "she said" after "spokeswoman Sujata Raisinghani": the text states her gender
  const gender = await page.locator('[data-testid="sources-gender"]').textContent();
  assert.match(gender, /Persons quoted: [1-9]\d* wom[ae]n · \d+ m[ae]n · \d+ not stated/);
  const detail = await page
    .locator('[data-testid="source"]', { hasText: 'Sujata Raisinghani' })
    .locator('[data-testid="source-detail"]')
    .textContent();
  assert.match(detail, /woman/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] sources sort by each column, both ways', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  await page.locator('[data-testid="source"]').first().waitFor();
  const header = (id) => page.locator(`th:has([data-testid="${id}"])`);

  await page.click('[data-testid="sort-source"]');
  assert.equal(await header('sort-source').getAttribute('aria-sort'), 'ascending');
  assert.equal(await header('sort-words').getAttribute('aria-sort'), 'none');
  let names = (await rows(page)).map((r) => r.name.toLowerCase());
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')), names.join(', '));

  await page.click('[data-testid="sort-source"]');
  assert.equal(await header('sort-source').getAttribute('aria-sort'), 'descending');
  names = (await rows(page)).map((r) => r.name.toLowerCase());
  assert.deepEqual(names, [...names].sort((a, b) => b.localeCompare(a, 'en')), names.join(', '));

  await page.click('[data-testid="sort-quotes"]');
  assert.equal(await header('sort-quotes').getAttribute('aria-sort'), 'descending');
  let quotes = (await rows(page)).map((r) => r.quotes);
  assert.deepEqual(quotes, [...quotes].sort((a, b) => b - a));
  await page.click('[data-testid="sort-quotes"]');
  quotes = (await rows(page)).map((r) => r.quotes);
  assert.deepEqual(quotes, [...quotes].sort((a, b) => a - b));

  await page.click('[data-testid="sort-reported"]');
  const reported = (await rows(page)).map((r) => r.reported);
  assert.deepEqual(reported, [...reported].sort((a, b) => b - a));

  await page.click('[data-testid="sort-kind"]');
  const kinds = (await rows(page)).map((r) => r.kind);
  assert.deepEqual(kinds, [...kinds].sort());
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("[needs analysis core] pressing a source highlights all its quotes in the article", async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const row = page.locator('[data-testid="source"]', { hasText: 'Paul Dewar' });
  await row.waitFor();
  const [expected] = (await rows(page)).filter((r) => r.name === 'Paul Dewar');
  const button = row.locator('button');
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  const picked = await page.$$eval(
    '[data-testid="article-view"] .selected[data-source]',
    (els) => [...new Set(els.map((e) => e.dataset.ref))],
  );
  assert.equal(picked.length, expected.quotes + expected.reported, picked.join(', '));
  // every picked mark is Dewar's: its tooltip names him
  const titles = await page.$$eval('[data-testid="article-view"] .selected[data-source]', (els) =>
    els.map((e) => e.title),
  );
  for (const t of titles) assert.match(t, /Paul Dewar/);
  // the first one is scrolled into view (smoothly, unless the reader asks for reduced motion)
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="article-view"] .selected[data-source]');
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  // pressing again clears it
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('[data-testid="article-view"] .selected').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('[needs analysis core] the share chart says in words what it draws', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const chart = page.locator('[data-testid="sources-chart"]');
  await chart.waitFor();
  const svg = chart.locator('svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  // the drawing is labelled by its caption, which is visible text
  const caption = page.locator(`#${await svg.getAttribute('aria-labelledby')}`);
  assert.equal(await caption.getAttribute('data-testid'), 'sources-chart-text');
  const text = await caption.textContent();
  assert.match(text, /^Share of quoted words: .+ \d+%\.$/);
  // one bar per label, and every label ("John Baird 47%") is in the caption
  const labels = await svg.locator('.chart-label').allTextContents();
  assert.ok(labels.length >= 2, labels.join(', '));
  assert.equal(await svg.locator('.chart-bar').count(), labels.length);
  for (const label of labels) {
    assert.match(label, /^.+ (<1|\d+)%$/);
    if (!label.includes('…')) assert.ok(text.includes(label), `${label} in ${text}`);
  }
  // the largest share is drawn first and widest
  const widths = await svg.locator('.chart-bar').evaluateAll((bars) => bars.map((b) => b.getBBox().width));
  for (let i = 1; i < widths.length; i++) assert.ok(widths[i - 1] >= widths[i], widths.join(', '));
  assert.deepEqual(page.problems, []);
  await context.close();
});

async function axeSources(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('[data-testid="sources"]'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`[needs analysis core] the Sources panel is readable in ${colorScheme} mode (axe-core)`, async () => {
    const { page, context } = await newPage(site.browser, { colorScheme, bypassCSP: true });
    await openApp(page, site.server.url);
    await page.locator('[data-testid="source"] button').first().click();
    const violations = await axeSources(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    // chart text and bars follow the theme: text in the page's text colour
    const colours = await page.evaluate(() => {
      const label = document.querySelector('.chart-label');
      return { text: getComputedStyle(label).fill, page: getComputedStyle(document.body).color };
    });
    assert.equal(colours.text, colours.page);
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    assert.equal(dark, colorScheme === 'dark');
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('[needs analysis core] sources.csv and the brief hold the sources', async () => {
  const { page, context } = await newPage(site.browser, { acceptDownloads: true });
  await openApp(page, site.server.url);
  await page.locator('[data-testid="source"]').first().waitFor();
  const list = await rows(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="export-sources-csv"]'),
  ]);
  assert.equal(download.suggestedFilename(), 'sources.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'name,kind,role,affiliation,gender,quotes,reported,words_quoted,share_of_words');
  assert.equal(lines.length, list.length + 1);
  assert.ok(lines.some((l) => l.startsWith('Sujata Raisinghani,person,')), csv);

  const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-markdown"]')]);
  const brief = await readFile(await md.path(), 'utf8');
  assert.ok(brief.includes('## Who is quoted'), brief);
  assert.ok(brief.includes('| Paul Dewar | person |'), brief);
  assert.deepEqual(page.problems, []);
  await context.close();
});
