// Runs just before go-app starts (app.js calls mendGuardStorage then, see
// the app.js patches in app/site). When the browser refuses web storage
// (site data blocked, some private modes), reading window.localStorage
// throws, go-app's start-up dies with it and the page stays frozen. This
// gives go-app an in-memory stand-in instead and tells the app
// (window.mendStorage), which then says plainly that nothing will be kept.
// Asking for storage opens it, which takes a moment: it is done after the
// page has painted, not while it loads.
window.mendGuardStorage = function () {
  "use strict";

  // A browser that refuses storage throws as soon as it is asked for it.
  // Reading or writing an item would cost more: the first one loads the
  // whole store from disk.
  function works(name) {
    try {
      return !!window[name];
    } catch (e) {
      return false;
    }
  }

  function memoryStorage() {
    var data = new Map();
    return {
      get length() {
        return data.size;
      },
      key: function (i) {
        var keys = Array.from(data.keys());
        return i >= 0 && i < keys.length ? keys[i] : null;
      },
      getItem: function (k) {
        k = String(k);
        return data.has(k) ? data.get(k) : null;
      },
      setItem: function (k, v) {
        data.set(String(k), String(v));
      },
      removeItem: function (k) {
        data.delete(String(k));
      },
      clear: function () {
        data.clear();
      },
    };
  }

  window.mendStorage = "device";
  ["localStorage", "sessionStorage"].forEach(function (name) {
    if (works(name)) {
      return;
    }
    var stand_in = memoryStorage();
    Object.defineProperty(window, name, {
      configurable: true,
      get: function () {
        return stand_in;
      },
    });
    if (name === "localStorage") {
      window.mendStorage = "memory";
    }
  });
};
