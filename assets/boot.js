// Starts the WebAssembly app. Trunk names the JS and wasm files after their content hashes and
// passes those names in data attributes of the <script> tag that loads this module, so the
// page itself needs no inline script.
const tag = document.querySelector('script[data-js][data-wasm]');
const note = document.getElementById('boot-note');

try {
  const base = document.baseURI;
  const bindings = await import(new URL(tag.dataset.js, base).href);
  await bindings.default({ module_or_path: new URL(tag.dataset.wasm, base) });
  note?.remove();
} catch (error) {
  if (note) {
    note.textContent =
      'Article Lens could not start in this browser (it needs WebAssembly). ' + String(error);
    note.classList.add('boot-error');
  }
  throw error;
}
