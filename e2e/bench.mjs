// The analysis benchmark in WebAssembly, in headless Chromium: the same texts as the native
// benchmark (benches/analyze.rs), analysed by the built site's own module on the page's main
// thread and timed with performance.now(). Run by scripts/bench.sh after the native one; by
// hand: `node e2e/bench.mjs` with dist/ built (`trunk build --release --offline`).
//
// Prints characters per second on a typical article, on 100 KB and on 1 MB; the time for the
// article repeated 1×, 4× and 16×; the module's memory after analysing 1 MB (WebAssembly
// memory only grows, so this is its peak); and whether analysing the same article 1,000 times
// grows it. Exit status 1 when it does.
//
// Then what a reader sees, in the built page: the first visit (navigation to the analysed
// sample on screen), and a 1 MB paste (paste to results on screen, the longest main-thread
// task until the marked article is fully drawn, how fast clicks and scripts are answered while
// the worker analyses). Last, each budget beside its figure; with `--check` the exit status
// is 1 when one is missed. The end-to-end tests check the same behaviour without timing it.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { distDir, launch, newPage, openApp, repoRoot, sampleText, serveDist, workerReady } from './tests/helpers.mjs';

const CHECK = process.argv.includes('--check');

/** The budgets, and the figures measured for them. */
const BUDGETS = [
  { key: 'firstVisit', what: 'first visit: the analysed sample on screen (median)', unit: 'ms', max: 1000 },
  { key: 'onScreen', what: '1 MB pasted: results on screen (median)', unit: 'ms', max: 500 },
  { key: 'longestTask', what: '1 MB pasted: longest main-thread task until drawn', unit: 'ms', max: 100 },
  { key: 'slowestClick', what: '1 MB pasted: slowest click during the analysis', unit: 'ms', max: 100 },
  { key: 'wasmRate', what: 'wasm analyze_json on 1 MB of news text', unit: 'MB/s', min: 3 },
  { key: 'distKB', what: 'dist/, gzip, every file', unit: 'KB', max: 800 },
];
const figures = {};

const ARTICLE = await readFile(path.join(repoRoot, 'benches', 'data', 'article.txt'), 'utf8');

/** The article, then the test articles, paragraph-separated (as `mixed_corpus` natively). */
async function mixedCorpus() {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'articles');
  let corpus = ARTICLE.trimEnd();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    corpus += '\n\n' + JSON.parse(await readFile(path.join(dir, name), 'utf8')).text.trimEnd();
  }
  return corpus + '\n\n';
}

/** The corpus repeated and cut at the last paragraph break within `bytes` bytes of UTF-8. */
async function textOfSize(bytes) {
  const corpus = await mixedCorpus();
  let s = '';
  while (Buffer.byteLength(s) < bytes) s += corpus;
  const buf = Buffer.from(s);
  let cut = bytes;
  while (cut > 0 && (buf[cut] & 0xc0) === 0x80) cut--;
  const head = buf.subarray(0, cut).toString();
  const end = head.lastIndexOf('\n\n');
  return end < 0 ? head : head.slice(0, end + 2);
}

const chars = (t) => [...t].length;

const server = await serveDist('/');
const browser = await launch();
let status = 0;
try {
  const { page } = await newPage(browser);
  await openApp(page, server.url);
  const glue = (await readdir(distDir)).find((n) => n.endsWith('.js') && n.startsWith('article-lens'));
  // the page's own module: importing it again gives the instance the app already runs
  await page.evaluate(async (glue) => {
    const bindings = await import(`/${glue}`);
    window.__bench = { bindings, wasm: await bindings.default() };
  }, glue);

  /**
   * Median milliseconds of one analysis of `text` over `rounds` samples (after one untimed
   * run). A sample repeats the analysis until it lasts 20 ms or more, as the page's clock
   * ticks in tenths of a millisecond.
   */
  const time = (text, rounds) =>
    page.evaluate(
      ({ text, rounds }) => {
        const { bindings } = window.__bench;
        const t0 = performance.now();
        bindings.analyze_json(text);
        const reps = Math.max(1, Math.ceil(20 / Math.max(0.1, performance.now() - t0)));
        const times = [];
        for (let i = 0; i < rounds; i++) {
          const t = performance.now();
          for (let r = 0; r < reps; r++) bindings.analyze_json(text);
          times.push((performance.now() - t) / reps);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      },
      { text, rounds },
    );
  const memory = () => page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);

  console.log(`wasm in Chromium ${await browser.version()} (headless), analyze_json on the page's main thread`);
  // memory first, on a page that has analysed only its sample. The module's linear memory
  // never shrinks: re-analysing the article must leave it as it is, and after 1 MB its size
  // is the peak.
  for (let i = 0; i < 5; i++) await time(ARTICLE, 1);
  const settled = await memory();
  await page.evaluate((text) => {
    for (let i = 0; i < 1000; i++) window.__bench.bindings.analyze_json(text);
  }, ARTICLE);
  const after = await memory();
  const grows = after > settled;
  console.log(
    `  memory: article analysed 1,000 times: module memory ${(settled / 1048576).toFixed(1)} MiB -> ` +
      `${(after / 1048576).toFixed(1)} MiB ${grows ? 'GROWS' : 'ok'}`,
  );
  if (grows) status = 1;
  const oneMB = await textOfSize(1_000_000);
  await time(oneMB, 1);
  const peak = await memory();
  console.log(
    `  memory: module memory after analysing 1 MB: ${(peak / 1048576).toFixed(1)} MiB ` +
      `(its peak; ${((peak - after) / chars(oneMB)).toFixed(1)} bytes per character above the article's)`,
  );

  figures.wasmRate = Buffer.byteLength(oneMB) / (await time(oneMB, 5)) / 1000;
  const rows = [
    ['throughput/article', ARTICLE, 30],
    ['throughput/100KB', await textOfSize(100_000), 10],
    ['throughput/1MB', await textOfSize(1_000_000), 5],
    ['scaling/1x', ARTICLE, 30],
    ['scaling/4x', ARTICLE.repeat(4), 15],
    ['scaling/16x', ARTICLE.repeat(16), 7],
  ];
  console.log(`  ${'benchmark'.padEnd(22)} ${'characters'.padStart(11)} ${'median time'.padStart(12)} ${'Mchars/s'.padStart(9)}  ratio`);
  let base;
  for (const [name, text, rounds] of rows) {
    const ms = await time(text, rounds);
    const n = chars(text);
    let ratio = '';
    if (name === 'scaling/1x') base = ms;
    else if (name.startsWith('scaling/')) ratio = `${(ms / base).toFixed(2)}× the 1× time`;
    console.log(
      `  ${name.padEnd(22)} ${n.toLocaleString('en').padStart(11)} ${`${ms.toFixed(2)} ms`.padStart(12)} ${(n / ms / 1000).toFixed(2).padStart(9)}  ${ratio}`,
    );
  }

  await pageFigures(oneMB);
} finally {
  await browser.close();
  await server.close();
}

// the size a first visit downloads, as in e2e/tests/size.test.mjs
let gzipBytes = 0;
for (const name of await readdir(distDir)) {
  const bytes = await readFile(path.join(distDir, name)).catch(() => null);
  if (bytes) gzipBytes += gzipSync(bytes, { level: 9 }).length;
}
figures.distKB = gzipBytes / 1024;

console.log(`  budgets${CHECK ? ' (--check: a missed one fails the run)' : ' (scripts/bench.sh --check fails on a missed one)'}:`);
for (const b of BUDGETS) {
  const v = figures[b.key];
  const ok = v !== undefined && (b.max === undefined || v <= b.max) && (b.min === undefined || v >= b.min);
  const shown = v === undefined ? 'no figure' : `${v.toFixed(b.unit === 'MB/s' ? 2 : 0)} ${b.unit}`;
  const limit = b.max !== undefined ? `≤ ${b.max} ${b.unit}` : `≥ ${b.min} ${b.unit}`;
  console.log(`    ${b.what.padEnd(54)} ${shown.padStart(10)}   budget ${limit.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`);
  if (!ok && CHECK) status = 1;
}
process.exit(status);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The page-level figures: first visits, then 1 MB pastes, each in a fresh context. */
async function pageFigures(text) {
  const sample = await sampleText();
  const sampleWords = sample.trim().split(/\s+/).length;
  const visits = [];
  for (let i = 0; i < 5; i++) {
    const { page, context } = await newPage(browser);
    // the moment the status line counts the sample's words, i.e. its analysis is on screen
    await context.addInitScript((words) => {
      new MutationObserver((_, observer) => {
        const status = document.querySelector('[data-testid="status"]');
        if ((status?.textContent || '').startsWith(`${words} word`)) {
          window.__shownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, sampleWords);
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__shownAt !== undefined);
    visits.push(await page.evaluate(() => window.__shownAt));
    await context.close();
  }
  figures.firstVisit = median(visits);
  console.log(`  first visit, navigation to the analysed sample on screen: ${visits.map((v) => v.toFixed(0)).join(', ')} ms`);

  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await pasteRun(text));
  for (const r of runs) {
    console.log(
      `  1 MB pasted: results on screen after ${r.onScreen.toFixed(0)} ms (worker: ${r.workerMs.toFixed(0)} ms, ` +
        `the worker was ready ${r.workerReadyAt.toFixed(0)} ms after navigation); ` +
        `fully drawn after ${r.drawn.toFixed(0)} ms; longest main-thread task ${r.longestTask.toFixed(0)} ms; ` +
        `during the analysis ${r.attempts} clicks (${r.clicks.length} seen flipping the toggle before the ` +
        `results came), slowest ${r.slowestClick === undefined ? '-' : r.slowestClick.toFixed(0)} ms in the page ` +
        `(${Math.max(0, ...r.clicks)} ms through the driver), slowest script answer ${Math.max(0, ...r.answers)} ms`,
    );
  }
  figures.onScreen = median(runs.map((r) => r.onScreen));
  figures.longestTask = Math.max(...runs.map((r) => r.longestTask));
  const clicked = runs.filter((r) => r.attempts > 0);
  if (clicked.length > 0) figures.slowestClick = Math.max(...clicked.map((r) => r.slowestClick));
}

/**
 * One 1 MB paste into a fresh page whose analysis worker has loaded (it loads with the page,
 * as a reader opens it before pasting): the milliseconds from the input event to results on
 * screen and to the whole article drawn, the longest main-thread task meanwhile, and clicks
 * on the "By speaker" toggle while the worker analyses (in the page: the Event Timing
 * duration of the slowest, from the input to the next paint; through the driver: the round
 * trip until the toggle flipped).
 */
async function pasteRun(text) {
  const { page, context } = await newPage(browser);
  await openApp(page, server.url);
  await workerReady(page);
  const workerReadyAt = await page.evaluate(() => performance.now());
  const words = text.trim().split(/\s+/).length;
  // The text crosses from the driver into the page first, in a task of its own: decoding a
  // 1 MB argument is the driver's work, not the paste's, and must not count as the page's.
  await page.evaluate((text) => {
    window.__text = text;
  }, text);
  await page.evaluate(
    ({ words }) => {
      // Long tasks time scripts only; a frame's style, layout and paint (a long text laid
      // out in a text area, say) are a task of their own that the long animation frame
      // entries time: the longest of either is the longest main-thread task.
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__tasks.push(e.duration);
      }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.renderStart > 0) window.__tasks.push(e.startTime + e.duration - e.renderStart);
        }
      }).observe({ type: 'long-animation-frame' });
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__events.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
      const status = document.querySelector('[data-testid="status"]');
      window.__onScreen = undefined;
      new MutationObserver((_, observer) => {
        if (status.textContent.startsWith(`${words} word`)) {
          window.__onScreen = performance.now() - window.__pasted;
          observer.disconnect();
        }
      }).observe(status, { childList: true, subtree: true, characterData: true });
      const area = document.querySelector('[data-testid="article-input"]');
      window.__pasted = performance.now();
      area.value = window.__text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { words },
  );
  const answers = [];
  const clicks = [];
  let attempts = 0;
  const toggle = page.locator('[data-testid="quotes-by-speaker"]');
  while (await page.locator('[data-testid="analysing"]').isVisible()) {
    let t = Date.now();
    await page.evaluate(() => document.querySelector('[data-testid="status"]').textContent);
    answers.push(Date.now() - t);
    const before = await toggle.getAttribute('aria-pressed');
    const box = await toggle.boundingBox();
    if (!box) break;
    t = Date.now();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    attempts++;
    const outcome = await page.waitForFunction(
      (b) => {
        const pressed = document.querySelector('[data-testid="quotes-by-speaker"]').getAttribute('aria-pressed');
        if (pressed !== b) return 'flipped';
        return document.querySelector('[data-testid="analysing"]').hidden ? 'done' : false;
      },
      before,
    );
    if ((await outcome.jsonValue()) === 'flipped') clicks.push(Date.now() - t);
  }
  await page.waitForFunction(() => window.__onScreen !== undefined);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="article-view"]').textContent.length === n,
    text.length,
  );
  const drawn = await page.evaluate(() => performance.now() - window.__pasted);
  const r = await page.evaluate(() => ({
    onScreen: window.__onScreen,
    tasks: window.__tasks,
    events: window.__events,
    workerMs: Number(document.querySelector('[data-testid="analysing"]').getAttribute('data-analysis-ms')),
  }));
  await context.close();
  return {
    workerReadyAt,
    onScreen: r.onScreen,
    drawn,
    workerMs: r.workerMs,
    longestTask: Math.max(0, ...r.tasks),
    // no Event Timing entry means every click was answered within 16 ms
    slowestClick: attempts > 0 ? Math.max(16, ...r.events) : undefined,
    attempts,
    clicks,
    answers,
  };
}
