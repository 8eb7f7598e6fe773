// Runs before go-app starts. When the browser refuses web storage (site data
// blocked, some private modes), reading window.localStorage throws, go-app's
// start-up dies with it and the page stays frozen. This gives go-app an
// in-memory stand-in instead and tells the app (window.mendStorage), which
// then says plainly that nothing will be kept.
(function () {
  "use strict";

  // A full storage still works: it can be read, and Mend must be able to
  // read what is there and offer a way out (see /settings). Only a storage
  // that throws for any other reason is replaced.
  function full(e) {
    return !!e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014);
  }

  function works(name) {
    var storage;
    try {
      storage = window[name];
      storage.getItem("mend-probe");
    } catch (e) {
      return false;
    }
    try {
      storage.setItem("mend-probe", "1");
      storage.removeItem("mend-probe");
      return true;
    } catch (e) {
      return full(e);
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
})();
