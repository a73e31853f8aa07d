// The whole site a first visit downloads stays small: every file of dist/, gzip-compressed as
// a server would send it, at most 800 KB in all, the full gazetteer included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { distDir } from './helpers.mjs';

const BUDGET = 800 * 1024;

test('dist/ is at most 800 KB gzip', async () => {
  const rows = [];
  for (const name of (await readdir(distDir)).sort()) {
    const bytes = await readFile(path.join(distDir, name)).catch(() => null);
    if (!bytes) continue; // a folder
    rows.push([name, bytes.length, gzipSync(bytes, { level: 9 }).length]);
  }
  const total = rows.reduce((sum, [, , gz]) => sum + gz, 0);
  for (const [name, raw, gz] of rows) console.log(`${name}: ${raw} bytes, ${gz} gzip`);
  console.log(`dist/ in all: ${(total / 1024).toFixed(0)} KB gzip (budget ${BUDGET / 1024} KB)`);
  const wasm = rows.find(([name]) => name.endsWith('.wasm'));
  assert.ok(wasm, 'a WebAssembly module');
  // the gazetteer (about 600 KB of text) is inside the module, not fetched later
  assert.ok(wasm[1] > 600_000, `the module holds the gazetteer (${wasm[1]} bytes)`);
  assert.ok(total <= BUDGET, `${total} bytes gzip`);
});
