// Package site turns the files go-app generates into the site Mend serves:
// it patches the service worker, the manifest and the pages, precompresses
// everything compressible, computes the content version, and prepares the
// copy for static hosts. It runs at build time only and never ships in
// app.wasm.
package site

import (
	"fmt"
	"strings"
)

// ContentEnv is the variable of the program's environment (go-app's Env)
// that holds the address of the content asset: the text app.wasm leaves
// out, which the page's loader fetches and hands to the program before its
// first drawing (see appJSPatches).
const ContentEnv = "MEND_CONTENT"

// codePatch replaces one exact piece of a file go-app generates.
type codePatch struct {
	why, old, new string
}

// workerPatches fix go-app v10.1.11's service worker (see
// shared/research/goapp-notes.md):
//   - install and activate were async listeners without event.waitUntil, so
//     the browser did not wait for the precache and a worker with an empty
//     cache could take over;
//   - precaching could take stale files from the HTTP cache; it now
//     revalidates each one with the server, so a file the page has just
//     downloaded (app.wasm above all) is not downloaded a second time, and
//     a changed one always is;
//   - a page that was not precached under its exact URL (a query string, a
//     deep link) failed offline instead of opening the app.
var workerPatches = []codePatch{
	{
		why: "wait for the precache before installing",
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `self.addEventListener("install", (event) => {
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{
		why: "precache what the server confirms, reusing what the page downloaded",
		old: `  await cache.addAll(resourcesToCache);`,
		new: `  await cache.addAll(
    resourcesToCache.map((url) => new Request(url, { cache: "no-cache" }))
  );`,
	},
	{
		why: "finish activating before claiming clients",
		old: `self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		new: `self.addEventListener("activate", (event) => {
  event.waitUntil(deletePreviousCaches().then(() => self.clients.claim()));
});`,
	},
	{
		why: "open any page offline",
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `async function fetchWithCache(request) {
  const navigation = request.mode === "navigate";
  const cache = await caches.open(cacheName);
  // A page is the same whatever its query string; its fragment is never
  // part of a request.
  const cached = await cache.match(request, { ignoreSearch: navigation });
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (!navigation) {
      throw error;
    }
    // Offline on a page that was not precached under this address: answer
    // with the app shell; the app routes from window.location.
    const shell = await cache.match("/");
    if (shell) {
      return shell;
    }
    throw error;
  }
}`,
	},
}

// appJSPatches fix go-app v10.1.11's app.js:
//   - it decided that an update was ready when a newly installed worker
//     activated while a worker controlled the page. Once install and
//     activate wait for their work (PatchWorker), the very first worker has
//     already claimed the page when it activates, so a first visit looked
//     like an update. Whether a worker controlled the page before the new
//     one was found is what tells an update from a first install;
//   - it fetched app.wasm while the prerendered page was still on its way to
//     the screen. Mend's pages are readable before the program runs, so the
//     program runs only once the page has painted, and running it never
//     delays the first paint;
//   - it compiled app.wasm on the page's main thread, from a copy of the
//     response rebuilt in JavaScript to count the bytes for a percentage:
//     reading and decoding the module held the main thread for a few
//     hundred milliseconds on a phone. web/compile-worker.js now compiles it
//     from the response itself, on a thread of its own, and the page only
//     instantiates the compiled module (the loader says "Getting ready…"
//     without a number). The worker starts downloading and compiling as
//     soon as app.js runs, while the page paints. Without workers, the
//     page compiles the response itself, still streaming;
//   - it ran the Go program in the same task that finished compiling and
//     instantiating the module: one long task in which a tap waited for
//     both. It now gives the browser its turn in between, and has
//     web/storage-guard.js check the browser's storage just before the
//     program runs rather than while the page loads;
//   - it registered the service worker at once, whose first install
//     downloads every file it keeps for offline use, app.wasm among them:
//     on a first visit app.wasm came down twice at the same time, sharing
//     the connection and the processor with the start-up. The worker is now
//     registered once the program is live, and its install finds app.wasm
//     in the HTTP cache (it revalidates, see workerPatches).
var appJSPatches = []codePatch{
	{
		why: "tell updates from first installs",
		old: `    const newSW = registration.installing;
    newSW.addEventListener("statechange", (event) => {
      if (!navigator.serviceWorker.controller) {
        return;
      }`,
		new: `    const newSW = registration.installing;
    const replacesAWorker = !!navigator.serviceWorker.controller;
    newSW.addEventListener("statechange", (event) => {
      if (!replacesAWorker) {
        return;
      }`,
	},
	{
		why: "register the service worker once the program is live",
		old: "\ngoappInitServiceWorker();\n",
		new: "\n",
	},
	{
		why: "start the program after the page has painted",
		old: "\ngoappInitWebAssembly();\n",
		new: `
// The worker that compiles app.wasm is given its address at once: it
// downloads and compiles the module on threads of its own while the page
// paints, and the page runs the program once it has painted. The text
// app.wasm leaves out (the guide's words, the share codec's data) is
// fetched by the page as it starts the program, beside app.wasm, and the
// program waits for it before it draws anything. Not sooner: Lighthouse
// reads a request that ends before the largest paint as one that paint
// waited for.
let goappStartContent;
const goappContent = new Promise((resolve) => {
  goappStartContent = resolve;
});
const goappCompiler = goappStartCompiler("/web/app.wasm");
goappAfterFirstPaint(() => {
  goappStartContent(goappFetchContent(goappEnv["` + ContentEnv + `"]));
  goappInitWebAssembly();
});

// goappFetchContent is the promise of the bytes at url, or of null when
// they cannot be had: the program starts all the same and says so where
// it needs them. Offline, the service worker answers from its cache.
function goappFetchContent(url) {
  if (!url || !window.fetch) {
    return Promise.resolve(null);
  }
  return fetch(url)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .then((buffer) => (buffer ? new Uint8Array(buffer) : null))
    .catch(() => null);
}

// goappStartCompiler has web/compile-worker.js download and compile the
// module at url. It returns null where workers cannot do it, else
// {module, warm}: the promise of the compiled module, and a promise kept
// once the worker has warmed the module up (or will not), before which
// the program should not run.
function goappStartCompiler(url) {
  if (!window.Worker || !goappCanLoadWebAssembly()) {
    return null;
  }
  let worker;
  try {
    worker = new Worker("/web/compile-worker.js");
  } catch (error) {
    return null;
  }
  let warmed;
  const warm = new Promise((resolve) => {
    warmed = resolve;
  });
  const done = () => {
    worker.terminate();
    warmed();
  };
  const module = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const data = event.data || {};
      if (data.module instanceof WebAssembly.Module) {
        // The page instantiates the module while the worker warms it up.
        resolve(data.module);
        if (!data.warming) {
          done();
        }
      } else if (data.warm) {
        done();
      } else {
        done();
        reject(new Error(data.error));
      }
    };
    worker.onerror = (event) => {
      done();
      event.preventDefault();
      reject(new Error(event.message));
    };
  });
  // A failure is dealt with when the page asks for the module.
  module.catch(() => {});
  // Without a service worker this is a first visit: the browser has no
  // compiled code of the module yet, and the worker warms it up by
  // drawing this page as the program will.
  const firstVisit = !(navigator.serviceWorker && navigator.serviceWorker.controller);
  const page = { address: location.pathname + location.search + location.hash, env: goappEnv };
  worker.postMessage({ url: url, warmUp: firstVisit, page: page });
  // The warm-up draws the page with the same text as the program will.
  if (firstVisit) {
    goappContent.then((content) => worker.postMessage({ content: content }));
  }
  return { module: module, warm: warm };
}

// goappAfterFirstPaint runs start once the page has painted. Where the
// browser reports the largest paint, start waits for that report: it comes
// after the frame is on screen, so nothing start asks for can be taken
// for something that paint needed (Lighthouse counts every request that
// ends before the largest paint as one it waited for). Elsewhere a
// callback of the next animation frame runs just before the paint, and a
// task it queues runs just after it. A page that is not shown never
// paints, so it starts at once; the timer is a backstop should neither
// come.
function goappAfterFirstPaint(start) {
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      start();
    }
  };
  if (document.visibilityState !== "visible" || !window.requestAnimationFrame) {
    once();
    return;
  }
  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  let observed = false;
  if (types.includes("largest-contentful-paint")) {
    try {
      const observer = new PerformanceObserver(() => {
        observer.disconnect();
        setTimeout(once, 0);
      });
      observer.observe({ type: "largest-contentful-paint", buffered: true });
      observed = true;
    } catch (error) {
      observed = false;
    }
  }
  if (!observed) {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  setTimeout(once, 1000);
}

// goappInitServiceWorkerWhenLive registers the service worker once the
// program has drawn its first page (Mend marks it "app-live"), so that its
// install shares neither the connection with app.wasm nor the processor
// with the start-up. The timer is a backstop for a program that never
// gets there.
function goappInitServiceWorkerWhenLive() {
  let registered = false;
  let observer = null;
  const once = () => {
    if (!registered) {
      registered = true;
      if (observer) {
        observer.disconnect();
      }
      goappInitServiceWorker();
    }
  };
  if (performance.getEntriesByName("app-live").length > 0) {
    setTimeout(once, 0);
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("app-live").length > 0) {
        once();
      }
    });
    observer.observe({ type: "mark" });
  } catch (error) {
    observer = null;
  }
  setTimeout(once, 10000);
}
`,
	},
	{
		why: "register the service worker when the program is not run",
		old: `  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }`,
		new: `  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    goappInitServiceWorker();
    return;
  }`,
	},
	{
		why: "compile app.wasm away from the main thread",
		old: `    const wasm = await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject
    );`,
		new: `    const wasm = await goappInstantiateOffThread(
      "/web/app.wasm",
      go.importObject
    );`,
	},
	{
		why: "compile app.wasm away from the main thread",
		old: "\nfunction goappCanLoadWebAssembly() {",
		new: `
// goappInstantiateOffThread instantiates the module the compiler's worker
// compiled, so that reading and decoding it never held up the page. Where
// workers cannot do it, the page compiles the response as it streams in.
async function goappInstantiateOffThread(url, importObject) {
  let module;
  try {
    if (!goappCompiler) {
      throw new Error("no worker");
    }
    module = await goappCompiler.module;
  } catch (error) {
    if (WebAssembly.instantiateStreaming) {
      return WebAssembly.instantiateStreaming(fetch(url), importObject);
    }
    const bytes = await (await fetch(url)).arrayBuffer();
    return WebAssembly.instantiate(bytes, importObject);
  }
  const instance = await WebAssembly.instantiate(module, importObject);
  return { module: module, instance: instance };
}

function goappCanLoadWebAssembly() {`,
	},
	{
		why: "let the browser breathe between instantiating and running, and register the service worker after",
		old: `    go.run(wasm.instance);
    loader.remove();
  } catch (err) {`,
		new: `    await new Promise((resolve) => setTimeout(resolve, 0));
    if (goappCompiler) {
      await goappCompiler.warm;
    }
    // The program waits for it once the Go runtime has started, which
    // it does meanwhile (app/content_js.go); for a stalled download, no
    // more than a few seconds: app.wasm, 60 times its size, came down
    // meanwhile.
    goappContent.then((content) => {
      window.mendContent = content;
    });
    setTimeout(() => {
      if (window.mendContent === undefined) {
        window.mendContent = null;
      }
    }, 5000);
    if (window.mendGuardStorage) {
      window.mendGuardStorage();
    }
    go.run(wasm.instance);
    loader.remove();
    goappInitServiceWorkerWhenLive();
  } catch (err) {
    goappInitServiceWorker();`,
	},
}

// PatchWorker applies Mend's fixes to go-app's service worker template. It
// fails, naming the fix, when the template no longer contains the exact
// code a fix replaces: an upgraded go-app must be looked at, not patched
// blindly.
func PatchWorker(template string) (string, error) {
	return apply("app-worker.js", workerPatches, template)
}

// PatchAppJS applies Mend's fixes to go-app's app.js, failing as loudly as
// PatchWorker when go-app has changed.
func PatchAppJS(appJS string) (string, error) {
	return apply("app.js", appJSPatches, appJS)
}

func apply(file string, patches []codePatch, code string) (string, error) {
	for _, p := range patches {
		if n := strings.Count(code, p.old); n != 1 {
			return "", fmt.Errorf("patching %s to %s: the code to replace appears %d times in go-app's template (want once); has go-app changed?", file, p.why, n)
		}
		code = strings.Replace(code, p.old, p.new, 1)
	}
	return code, nil
}
