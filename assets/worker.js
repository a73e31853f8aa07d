// Analyses long articles away from the page's main thread (see src/app/state/background.rs).
//
// The page first sends { init, js, wasm, module, warm }: the URLs of its own wasm-bindgen
// module and, when the page has it, the compiled WebAssembly.Module itself, which this worker
// instantiates (its start function finds no window here and mounts nothing), and an article to
// warm up on. Once ready it says { ready }.
// Then each { id, text } is answered with { id, json, ms }: the summary as JSON and the
// milliseconds the analysis took, or with { id, failed } when the module cannot load or analyse.
let app;

/** How many times the warm-up article is analysed. */
const WARM_RUNS = 20;

async function load(js, wasm, module, warm) {
  const bindings = await import(js);
  await bindings.default({ module_or_path: module ?? wasm });
  // Parse the embedded word lists, gazetteer and model now, while no text waits for them,
  // and run the analysis over a real article a few times, so that the engine has optimised
  // its hot code before a long text arrives.
  bindings.analyze_json('Warm up: Paris, said Anna Berg.');
  for (let i = 0; i < WARM_RUNS && warm; i++) bindings.analyze_json(warm);
  self.postMessage({ ready: true });
  return bindings;
}

self.addEventListener('message', async ({ data }) => {
  if (data.init) {
    app = load(data.js, data.wasm, data.module, data.warm);
    app.catch((error) => self.postMessage({ failed: String(error) }));
    return;
  }
  const { id, text } = data;
  try {
    const bindings = await app;
    const started = performance.now();
    const json = bindings.analyze_json(text);
    self.postMessage({ id, json, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, failed: String(error) });
  }
});
