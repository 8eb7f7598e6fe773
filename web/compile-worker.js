// Compiles app.wasm away from the page's main thread. The browser reads
// and decodes the module as it downloads, and on a phone that costs the
// page a few hundred milliseconds in which a tap or a scroll would wait.
// Here it costs the page nothing: the compiled module is posted back and
// the page only instantiates it (see the app.js patches in app/site).
// Whatever goes wrong is posted back too, and the page compiles the module
// itself.
"use strict";

// The page posts {url, warmUp, page}: the module's address, whether to
// warm it up (see warmUp) and, for the warm-up, the page's address and
// go-app's settings; then, for a warm-up, {content}: the text app.wasm
// leaves out, as the page's loader fetched it (or null). It gets {module,
// warming} back, then {warm: true} once the warm-up is over if there is
// one.
let contentArrived;
const content = new Promise((resolve) => {
  contentArrived = resolve;
});
self.onmessage = (event) => {
  if ("content" in event.data) {
    contentArrived(event.data.content);
    return;
  }
  const fail = (error) => self.postMessage({ error: String(error) });
  const { url, warmUp: warm, page } = event.data;
  WebAssembly.compileStreaming(fetch(url)).then((module) => {
    try {
      self.postMessage({ module: module, warming: !!warm });
    } catch (error) {
      // A browser that cannot hand a compiled module to the page.
      fail(error);
      return;
    }
    if (warm) {
      warmUp(module, page).then(() => self.postMessage({ warm: true }));
    }
  }, fail);
};

// warmUp runs the program's start-up once here, while the page
// instantiates the module, and the page runs the program only after. The
// browser compiles each function of a module only when it first runs, and
// the module's compiled code is shared with the page: whatever runs here
// is compiled here, off the page's main thread, instead of in the middle
// of its start-up, where it would hold up a tap or a scroll. So the
// program runs here as far as the page's would: the Go runtime's start,
// the packages' initialisation, and the first drawing of the same page
// into a pretend one (pretendToBeThePage) until it is live and has had a
// moment to finish its first updates. Without a pretend page the program
// stops after its initialisation (app/main_js.go). What goes wrong here
// costs only the head start, and a program that does not get there is not
// waited for long. The page asks for it on a first visit only: later the
// browser starts from the code it compiled and kept before, and warming up
// would only delay.
function warmUp(module, page) {
  let run;
  try {
    importScripts("/wasm_exec.js");
    if (page) {
      pretendToBeThePage(self, page);
    }
    const go = new Go();
    // The program waits for the text the page's loader fetched before
    // it draws, as on the page (app/content_js.go).
    content.then((text) => {
      self.mendContent = text;
    });
    run = WebAssembly.instantiate(module, go.importObject).then((instance) => go.run(instance));
  } catch (error) {
    return Promise.resolve();
  }
  const giveUp = new Promise((resolve) => setTimeout(resolve, 3000));
  return Promise.race([run, page ? drawn() : run, giveUp]).catch(() => {});
}

// drawn is kept a little after the program has marked its page live
// (components/notices.go), once the updates its first drawing set off
// have had their turn.
function drawn() {
  return new Promise((resolve) => {
    const check = () => {
      if (performance.getEntriesByName("app-live").length > 0) {
        setTimeout(resolve, 50);
      } else {
        setTimeout(check, 10);
      }
    };
    check();
  });
}

// pretendToBeThePage gives the worker's global scope the little of a page
// that the program touches while it starts and draws its first page: a
// document of plain objects that keep their children and attributes, the
// page's address, an empty storage of its own, and go-app's functions
// from app.js. Nothing of it reaches the real page, its storage or the
// network; it only lets the program take the same paths as on the page.
function pretendToBeThePage(scope, page) {
  const noop = () => {};
  const events = { addEventListener: noop, removeEventListener: noop, dispatchEvent: () => true };
  const makeNode = (name, type) => {
    const node = Object.assign(Object.create(events), {
      nodeType: type, nodeName: name, tagName: name, childNodes: [], children: [],
      parentNode: null, parentElement: null, firstChild: null, lastChild: null,
      firstElementChild: null, attributes: {}, style: {}, dataset: {},
      nodeValue: null, data: "", textContent: "", value: "", checked: false,
      classList: { add: noop, remove: noop, toggle: () => false, contains: () => false },
    });
    const relink = () => {
      node.firstChild = node.firstElementChild = node.childNodes[0] || null;
      node.lastChild = node.childNodes[node.childNodes.length - 1] || null;
      node.children = node.childNodes;
    };
    const adopt = (child) => {
      if (child.parentNode) {
        child.parentNode.removeChild(child);
      }
      child.parentNode = child.parentElement = node;
    };
    node.appendChild = (child) => node.insertBefore(child, null);
    node.insertBefore = (child, before) => {
      adopt(child);
      const at = node.childNodes.indexOf(before);
      node.childNodes.splice(at < 0 ? node.childNodes.length : at, 0, child);
      relink();
      return child;
    };
    node.removeChild = (child) => {
      const at = node.childNodes.indexOf(child);
      if (at >= 0) {
        node.childNodes.splice(at, 1);
      }
      child.parentNode = child.parentElement = null;
      relink();
      return child;
    };
    node.replaceChild = (child, old) => {
      node.insertBefore(child, old);
      return node.removeChild(old);
    };
    node.remove = () => node.parentNode && node.parentNode.removeChild(node);
    node.setAttribute = (name, value) => {
      node.attributes[name] = String(value);
    };
    node.getAttribute = (name) => (name in node.attributes ? node.attributes[name] : null);
    node.hasAttribute = (name) => name in node.attributes;
    node.removeAttribute = (name) => {
      delete node.attributes[name];
    };
    node.focus = node.blur = node.click = node.scrollIntoView = noop;
    node.querySelector = () => null;
    node.querySelectorAll = node.getElementsByTagName = () => [];
    node.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 });
    // Markup set as HTML becomes one element: go-app takes the first child.
    Object.defineProperty(node, "innerHTML", {
      get: () => "",
      set: () => {
        node.childNodes.slice().forEach(node.removeChild);
        node.appendChild(makeNode("DIV", 1));
      },
    });
    return node;
  };
  const element = (tag) => makeNode(String(tag).toUpperCase(), 1);
  const html = element("html");
  const body = element("body");
  const document = Object.assign(Object.create(events), {
    documentElement: html, head: html.appendChild(element("head")), body: html.appendChild(body),
    title: "", visibilityState: "visible", hidden: false, readyState: "complete", referrer: "", cookie: "",
    createElement: element,
    createElementNS: (namespace, tag) => element(tag),
    createTextNode: (text) => Object.assign(makeNode("#text", 3), { nodeValue: text, data: text }),
    getElementById: () => null,
    querySelector: () => null,
    querySelectorAll: () => [],
    getElementsByTagName: () => [],
  });
  // go-app replaces the body's first child, the prerendered page.
  body.appendChild(element("div"));
  const address = new URL(page.address, self.location.origin);
  const stored = new Map();
  const define = (name, value) => Object.defineProperty(scope, name, { value: value, configurable: true, writable: true });
  define("document", document);
  define("window", scope);
  define("addEventListener", noop);
  define("removeEventListener", noop);
  define("location", {
    href: address.href, origin: address.origin, protocol: address.protocol, host: address.host,
    hostname: address.hostname, port: address.port, pathname: address.pathname,
    search: address.search, hash: address.hash, assign: noop, replace: noop, reload: noop,
  });
  define("history", { length: 1, state: null, pushState: noop, replaceState: noop, back: noop, forward: noop, go: noop });
  define("localStorage", {
    getItem: (key) => (stored.has(key) ? stored.get(key) : null),
    setItem: (key, value) => stored.set(String(key), String(value)),
    removeItem: (key) => stored.delete(key),
    key: (i) => [...stored.keys()][i] ?? null,
    clear: () => stored.clear(),
    get length() {
      return stored.size;
    },
  });
  define("innerWidth", 400);
  define("innerHeight", 800);
  define("scrollX", 0);
  define("scrollY", 0);
  define("scrollTo", noop);
  define("open", noop);
  define("matchMedia", () => Object.assign(Object.create(events), { matches: false }));
  define("requestAnimationFrame", (frame) => setTimeout(() => frame(performance.now()), 16));
  // Nothing the pretend page asks for is downloaded: the real page asks
  // for what it needs, once.
  define("fetch", () => new Promise(noop));
  define("goappGetenv", (name) => page.env[name]);
  define("goappIsAppInstallable", () => false);
  define("goappIsAppInstalled", () => false);
  define("goappIsAppleBrowser", () => false);
  define("goappTryUpdate", noop);
  define("goappShowInstallPrompt", noop);
  define("goappUpdatedBeforeWasmLoaded", false);
  define("goappAppInstallChangedBeforeWasmLoaded", false);
}
