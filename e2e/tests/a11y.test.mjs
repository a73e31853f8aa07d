// Automated accessibility checks with axe-core (WCAG 2 A/AA rules, colour contrast included)
// in light and dark mode, plus a keyboard walk through the page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

import { newPage, openApp, useSite } from './helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const site = useSite('/');

async function axe(page) {
  // axe is injected through the DevTools protocol; the context bypasses the page's CSP for it
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`no accessibility violations in ${colorScheme} mode`, async () => {
    const { page, context } = await newPage(site.browser, { colorScheme, bypassCSP: true });
    await openApp(page, site.server.url);
    // with a highlight, so the selected colours are checked as well
    const actor = page.locator('[data-testid="actor"] button').first();
    if (await actor.count()) await actor.click();
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await context.close();
  });
}

test('the paste area and the panels can be reached with the keyboard', async () => {
  const { page, context } = await newPage(site.browser);
  await openApp(page, site.server.url);
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el?.dataset.testid || el?.closest('[data-testid]')?.dataset.testid || el?.tagName;
      }),
    );
  }
  assert.ok(seen.includes('article-input'), `tab order: ${seen.join(', ')}`);
  assert.ok(seen.includes('quotes-by-speaker') || seen.includes('actor'), `tab order: ${seen.join(', ')}`);
  // focus is visible: the focused element has an outline
  await page.focus('[data-testid="article-input"]');
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  assert.deepEqual(page.problems, []);
  await context.close();
});
