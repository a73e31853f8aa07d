// The analysis benchmark in WebAssembly, in headless Chromium: the same texts as the native
// benchmark (benches/analyze.rs), analysed by the built site's own module on the page's main
// thread and timed with performance.now(). Run by scripts/bench.sh after the native one; by
// hand: `node e2e/bench.mjs` with dist/ built (`trunk build --release --offline`).
//
// Prints characters per second on a typical article, on 100 KB and on 1 MB; the time for the
// article repeated 1×, 4× and 16×; the module's memory after analysing 1 MB (WebAssembly
// memory only grows, so this is its peak); and whether analysing the same article 1,000 times
// grows it. Exit status 1 when it does.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { distDir, launch, newPage, openApp, repoRoot, serveDist } from './tests/helpers.mjs';

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

} finally {
  await browser.close();
  await server.close();
}
process.exit(status);
