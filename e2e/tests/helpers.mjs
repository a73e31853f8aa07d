// Shared set-up for the end-to-end tests: the static server for dist/ and the system Chromium.

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const distDir = path.resolve(process.env.DIST_DIR || path.join(repoRoot, 'dist'));
export const artifactsDir = path.join(repoRoot, 'e2e', 'artifacts');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * How long any wait of the end-to-end tests may last: far longer than a healthy run needs on
 * a busy machine, so that it only catches a hang. The tests check what happens, not how fast;
 * speed budgets are held by the benchmark (e2e/bench.mjs, scripts/bench.sh --check).
 */
export const HANG = 120_000;

/** The sample article shipped with the app. */
export const sampleText = () => readFile(path.join(repoRoot, 'assets', 'sample.txt'), 'utf8');

/** Serves dist/ under `base` on 127.0.0.1 with a free port. */
export async function serveDist(base = '/') {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run \`trunk build --release --offline\` first`);
  }
  return startServer({ dir: distDir, base });
}

/**
 * For the calling test file: serves dist/ under `base` and launches Chromium before its tests,
 * then runs `ready(site)` if given, and stops both after the tests. `site.server` and
 * `site.browser` are set once started. (Set-up that needs the browser goes in `ready`: a
 * file's own `before` hook may run before this one has finished.)
 */
export function useSite(base = '/', ready = undefined) {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serveDist(base);
    site.browser = await launch();
    if (ready) await ready(site);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Launches the system Chromium headless. Playwright gives every launch a fresh temporary
 * profile (user-data-dir), so no state leaks between runs.
 */
export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a new context of its own (so localStorage starts empty), collecting console
 * errors, page errors, failed requests and HTTP errors in `page.problems`.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...options });
  context.setDefaultTimeout(HANG);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText || '';
    // a reload or navigation cancels requests still in flight; that is not a failure
    if (!reason.includes('ERR_ABORTED')) page.problems.push(`failed: ${req.url()} ${reason}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) page.problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, context };
}

/** A page (see `newPage`) that also records every alert, confirm or prompt in `page.dialogs`. */
export async function guardedPage(browser, options) {
  const { page, context } = await newPage(browser, options);
  page.dialogs = [];
  page.on('dialog', async (d) => {
    page.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  return { page, context };
}

/** Opens the app at a URL that may carry a link, and waits until it has rendered. */
export async function openAt(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="article-input"]');
  await page.waitForSelector('[data-testid="article-view"], [data-testid="summary-only-notice"]');
  await page.waitForFunction(() => !document.getElementById('boot-note'));
}

/** Opens the app and waits until the WebAssembly side has rendered the page. */
export async function openApp(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  // the paste area, or its folded form when the text is very long
  await page.waitForSelector('[data-testid="article-input"]:visible, [data-testid="article-folded"]:visible');
  await page.waitForSelector('[data-testid="article-view"]');
  await page.waitForFunction(() => !document.getElementById('boot-note'));
}

/** Waits until the page's analysis worker has loaded (it starts with the page). */
export async function workerReady(page) {
  await page.waitForSelector('html[data-worker="ready"]', { state: 'attached', timeout: 60_000 });
}

/**
 * Puts `text` in the paste area in one input event, as a paste does (typing it through the
 * test driver would be slow for long texts), without waiting for the analysis.
 */
export function setText(page, text) {
  return page.evaluate((text) => {
    const area = document.querySelector('[data-testid="article-input"]');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/**
 * Lets a test decide when the page hears from its Web Workers (the background analysis): for
 * every page of `context`, while `window.__holdAnswers` is true, messages from a worker are
 * kept back; `window.__heldAnswers()` counts them and `window.__releaseAnswers()` delivers
 * them, in order, to the handler the worker has by then (none once the page has ended that
 * worker, as a real ended worker says nothing more). `window.__posted` lists the length of
 * each text the page sent a worker. This makes "the page keeps answering until the worker
 * answers" a matter of order, whatever the speed of the machine.
 */
export function holdWorkerAnswers(context) {
  return context.addInitScript(() => {
    const Native = window.Worker;
    const setNative = Object.getOwnPropertyDescriptor(Native.prototype, 'onmessage').set;
    const handlers = new WeakMap();
    const listeners = new WeakMap();
    const held = [];
    window.__holdAnswers = false;
    window.__posted = [];
    window.__heldAnswers = () => held.length;
    window.__releaseAnswers = () => {
      window.__holdAnswers = false;
      for (const deliver of held.splice(0)) deliver();
    };
    window.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        listeners.set(this, new Set());
        setNative.call(this, (event) => {
          const deliver = () => {
            handlers.get(this)?.call(this, event);
            for (const l of [...listeners.get(this)]) l.call(this, event);
          };
          if (window.__holdAnswers) held.push(deliver);
          else deliver();
        });
      }
      get onmessage() {
        return handlers.get(this) ?? null;
      }
      set onmessage(handler) {
        handlers.set(this, handler);
      }
      // the page may listen with addEventListener('message', …) as well as onmessage
      addEventListener(type, listener, ...rest) {
        if (type === 'message' && typeof listener === 'function') listeners.get(this).add(listener);
        else super.addEventListener(type, listener, ...rest);
      }
      removeEventListener(type, listener, ...rest) {
        if (type === 'message' && typeof listener === 'function') listeners.get(this).delete(listener);
        else super.removeEventListener(type, listener, ...rest);
      }
      postMessage(message, ...rest) {
        if (typeof message?.text === 'string') window.__posted.push(message.text.length);
        return super.postMessage(message, ...rest);
      }
    };
  });
}

/** Dispatches a paste event carrying `html` (and a plain-text version) at the paste area. */
export function pasteHtml(page, html) {
  return page.evaluate((html) => {
    const area = document.querySelector('[data-testid="article-input"]');
    area.focus();
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'the plain-text version, which must not be used');
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    area.dispatchEvent(event);
    return event.defaultPrevented;
  }, html);
}

/** Drops a file with `content` onto the paste area, as a drag from the desktop would. */
export function dropFile(page, name, type, content) {
  return page.evaluate(
    ({ name, type, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      const area = document.querySelector('[data-testid="article-input"]');
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        area.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { name, type, content },
  );
}

/** Waits until the status line counts the words of `text`, i.e. `text` was analysed. */
export async function analysed(page, text, timeout = HANG) {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  await page.waitForFunction(
    (n) => (document.querySelector('[data-testid="status"]')?.textContent || '').startsWith(`${n} word`),
    words,
    { timeout },
  );
}

/** Replaces the text of the paste area and waits for its analysis. */
export async function pasteArticle(page, text) {
  await page.fill('[data-testid="article-input"]', text);
  await analysed(page, text);
}

/**
 * Saves a full-page screenshot to e2e/artifacts/. The window is made as tall as the page first,
 * so the panels column (sticky, scrolling on its own on wide screens) shows in full.
 */
export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
  }
  await page.screenshot({ path: file, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
  return file;
}

