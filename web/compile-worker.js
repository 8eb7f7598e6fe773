// Compiles app.wasm away from the page's main thread. The browser reads
// and decodes the module as it downloads, and on a phone that costs the
// page a few hundred milliseconds in which a tap or a scroll would wait.
// Here it costs the page nothing: the compiled module is posted back and
// the page only instantiates it (see the app.js patches in app/site).
// Whatever goes wrong is posted back too, and the page compiles the module
// itself.
"use strict";

self.onmessage = (event) => {
  const fail = (error) => self.postMessage({ error: String(error) });
  WebAssembly.compileStreaming(fetch(event.data)).then((module) => {
    try {
      self.postMessage({ module: module });
    } catch (error) {
      // A browser that cannot hand a compiled module to the page.
      fail(error);
    }
  }, fail);
};
