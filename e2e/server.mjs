// A tiny static file server for the built site (dist/), with no dependencies.
//
//   node e2e/server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /some/sub/path/]
//
// Port 0 picks a free port. The site is served under `--base`, so the build can be tested as
// it would be hosted from a sub-folder. The tests import `startServer` instead.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function normaliseBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/**
 * Serves `dir` under `base` on `host:port`. Resolves to `{ server, url, close }`, where `url` is
 * the address of the site's index (ending in `base`).
 */
export async function startServer({ dir, host = '127.0.0.1', port = 0, base = '/', quiet = true } = {}) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);

  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (pathname + '/' === prefix) {
      return send(301, 'moved\n', { Location: prefix });
    }
    if (!pathname.startsWith(prefix)) {
      return send(404, 'not found\n');
    }
    const rel = pathname.slice(prefix.length);
    let file = path.resolve(root, '.' + path.sep + rel);
    if (file !== root && !file.startsWith(root + path.sep)) {
      return send(404, 'not found\n');
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          return send(301, 'moved\n', { Location: pathname + '/' });
        }
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, 'not found\n');
    } finally {
      if (!quiet) console.log(`${req.method} ${req.url}`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}${prefix}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { server, url, close };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    opts[key] = argv[i + 1];
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const opts = parseArgs(process.argv.slice(2));
  const { url } = await startServer({
    dir: opts.dir || path.join(here, '..', 'dist'),
    host: opts.host || '127.0.0.1',
    port: Number(opts.port ?? 8080),
    base: opts.base || '/',
    quiet: opts.quiet !== 'false',
  });
  console.log(`Serving Article Lens at ${url} (Ctrl+C to stop)`);
}
