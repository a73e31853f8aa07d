// Starts the WebAssembly app. Trunk names the JS and wasm files after their content hashes and
// passes those names in data attributes of the <script> tag that loads this module, so the
// page itself needs no inline script. The compiled module is kept as `self.articleLensWasm`, so
// that the app's analysis worker (worker.js) gets it without fetching or compiling it again.
// Once the app runs, a service worker (sw.js) is registered so that the app also opens without
// a network.
const tag = document.querySelector('script[data-js][data-wasm]');
const note = document.getElementById('boot-note');

try {
  const base = document.baseURI;
  const wasm = new URL(tag.dataset.wasm, base);
  const [bindings, module] = await Promise.all([import(new URL(tag.dataset.js, base).href), compile(wasm)]);
  self.articleLensWasm = module;
  await bindings.default({ module_or_path: module });
  note?.remove();
  keepForOffline(base);
} catch (error) {
  if (note) {
    note.textContent =
      'Article Lens could not start in this browser (it needs WebAssembly). ' + String(error);
    note.classList.add('boot-error');
  }
  throw error;
}

/** Compiles the wasm module while it downloads; servers that mislabel it get a plain compile. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  if (response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Registers sw.js, which stores the app's files and serves them when the network is gone. */
function keepForOffline(base) {
  if (!('serviceWorker' in navigator)) return; // old browsers, and pages not served over https
  navigator.serviceWorker
    .register(new URL('sw.js', base))
    .catch((error) => console.warn('Article Lens will not open offline:', error));
}
