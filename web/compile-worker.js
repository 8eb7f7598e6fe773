// Compiles app.wasm away from the page's main thread. The browser reads
// and decodes the module as it downloads, and on a phone that costs the
// page a few hundred milliseconds in which a tap or a scroll would wait.
// Here it costs the page nothing: the compiled module is posted back and
// the page only instantiates it (see the app.js patches in app/site).
// Whatever goes wrong is posted back too, and the page compiles the module
// itself.
"use strict";

// The page posts {url, warmUp}: the module's address, and whether to warm
// it up (see warmUp). It gets {module, warming} back, then {warm: true}
// once the warm-up is over if there is one.
self.onmessage = (event) => {
  const fail = (error) => self.postMessage({ error: String(error) });
  const { url, warmUp: warm } = event.data;
  WebAssembly.compileStreaming(fetch(url)).then((module) => {
    try {
      self.postMessage({ module: module, warming: !!warm });
    } catch (error) {
      // A browser that cannot hand a compiled module to the page.
      fail(error);
      return;
    }
    if (warm) {
      warmUp(module).then(() => self.postMessage({ warm: true }));
    }
  }, fail);
};

// warmUp runs the program's start-up once here, while the page
// instantiates the module, and the page runs the program only after. The
// browser compiles each function of a module only when it first runs, and
// the module's compiled code is shared with the page: the Go runtime's
// start and the packages' initialisation are then compiled here, off the
// page's main thread, instead of in the middle of its start-up. The
// program sees that it has no document and stops after
// its initialisation (app/main_js.go). What goes wrong here costs only the
// head start, and a program that does not stop is not waited for long. The
// page asks for it on a first visit only: later the browser starts from
// the code it compiled and kept before, and warming up would only delay.
function warmUp(module) {
  let run;
  try {
    importScripts("/wasm_exec.js");
    const go = new Go();
    run = WebAssembly.instantiate(module, go.importObject).then((instance) => go.run(instance));
  } catch (error) {
    return Promise.resolve();
  }
  const giveUp = new Promise((resolve) => setTimeout(resolve, 3000));
  return Promise.race([run, giveUp]).catch(() => {});
}
