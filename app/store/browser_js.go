//go:build js

package store

import (
	"fmt"
	"syscall/js"
)

// Browser returns the browser's window.localStorage as a Backend, and
// whether it keeps data. ok is false when storage is blocked or missing —
// web/storage-guard.js then set window.mendStorage to "memory" — and the
// Backend returned is a fresh Memory, so the app still works; the UI must
// then tell the user that nothing will be kept after they close the page.
func Browser() (Backend, bool) {
	return browser(js.Global())
}

func browser(global js.Value) (b Backend, ok bool) {
	defer func() {
		if recover() != nil {
			b, ok = NewMemory(), false
		}
	}()
	if mode := global.Get("mendStorage"); mode.Type() == js.TypeString && mode.String() == "memory" {
		return NewMemory(), false
	}
	storage := property(global, "localStorage") // the getter throws when site data is blocked
	if storage.Type() != js.TypeObject {
		return NewMemory(), false
	}
	return &jsStorage{storage: storage}, true
}

// property reads obj[name] through Reflect.get. Value.Get cannot be used on
// a getter that may throw: syscall/js turns exceptions into panics only for
// calls, and a throwing Get ends the whole program.
func property(obj js.Value, name string) js.Value {
	return js.Global().Get("Reflect").Call("get", obj, name)
}

// jsStorage is a Backend over a Web Storage object.
type jsStorage struct {
	storage js.Value
}

// call calls method on the storage, turning a thrown JavaScript exception
// into an error.
func (s *jsStorage) call(method string, args ...any) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = jsError(r)
		}
	}()
	return s.storage.Call(method, args...), nil
}

// jsError turns a panic from syscall/js into an error, wrapping ErrQuota
// when the browser says its storage is full.
func jsError(r any) error {
	jerr, ok := r.(js.Error)
	if !ok {
		return fmt.Errorf("%w: %v", ErrStorage, r)
	}
	if isQuotaError(jerr.Value) {
		return fmt.Errorf("%w: %s", ErrQuota, jerr.Error())
	}
	return fmt.Errorf("%w: %s", ErrStorage, jerr.Error())
}

// isQuotaError recognises a full-storage DOMException in every browser:
// QuotaExceededError (code 22), and Firefox's older
// NS_ERROR_DOM_QUOTA_REACHED (code 1014).
func isQuotaError(e js.Value) bool {
	if e.Type() != js.TypeObject {
		return false
	}
	if name := e.Get("name"); name.Type() == js.TypeString {
		switch name.String() {
		case "QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED":
			return true
		}
	}
	if code := e.Get("code"); code.Type() == js.TypeNumber {
		switch code.Int() {
		case 22, 1014:
			return true
		}
	}
	return false
}

// Get returns the value stored under key.
func (s *jsStorage) Get(key string) (string, bool, error) {
	v, err := s.call("getItem", key)
	if err != nil {
		return "", false, err
	}
	if v.Type() != js.TypeString {
		return "", false, nil
	}
	return v.String(), true, nil
}

// Set stores value under key; a full storage gives an error wrapping
// ErrQuota.
func (s *jsStorage) Set(key, value string) error {
	_, err := s.call("setItem", key, value)
	return err
}

// Remove deletes key.
func (s *jsStorage) Remove(key string) error {
	_, err := s.call("removeItem", key)
	return err
}

// Keys returns every key in the storage.
func (s *jsStorage) Keys() (keys []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			keys, err = nil, jsError(r)
		}
	}()
	n := s.storage.Get("length").Int()
	for i := 0; i < n; i++ {
		if k := s.storage.Call("key", i); k.Type() == js.TypeString {
			keys = append(keys, k.String())
		}
	}
	return keys, nil
}

// RequestPersistence asks the browser to keep Mend's storage even when the
// device runs low on space (navigator.storage.persist), and calls callback
// with the answer: true if storage is, or now is, persistent. It first asks
// navigator.storage.persisted(), so a browser that already granted it is not
// asked again. It returns at once; callback runs later on the browser's
// event loop, exactly once, so it must not block (in go-app, hand the result
// to the UI with ctx.Dispatch). When the browser has no navigator.storage,
// callback gets false and ErrPersistenceUnavailable.
func RequestPersistence(callback func(persisted bool, err error)) {
	requestPersistence(js.Global().Get("navigator"), callback)
}

func requestPersistence(navigator js.Value, callback func(bool, error)) {
	var storage js.Value
	func() {
		defer func() {
			if recover() != nil {
				storage = js.Undefined()
			}
		}()
		if navigator.Type() == js.TypeObject {
			storage = property(navigator, "storage")
		}
	}()
	if storage.Type() != js.TypeObject || storage.Get("persist").Type() != js.TypeFunction {
		callback(false, ErrPersistenceUnavailable)
		return
	}
	if storage.Get("persisted").Type() != js.TypeFunction {
		await(storage, "persist", callback)
		return
	}
	await(storage, "persisted", func(already bool, err error) {
		if err == nil && already {
			callback(true, nil)
			return
		}
		await(storage, "persist", callback)
	})
}

// await calls the promise-returning method on obj and calls done with its
// result read as a boolean, or with the error it was rejected with or threw.
func await(obj js.Value, method string, done func(bool, error)) {
	var promise js.Value
	if err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = jsError(r)
			}
		}()
		promise = obj.Call(method)
		return nil
	}(); err != nil {
		done(false, err)
		return
	}
	if promise.Type() != js.TypeObject || promise.Get("then").Type() != js.TypeFunction {
		done(promise.Truthy(), nil)
		return
	}
	var onResolve, onReject js.Func
	release := func() {
		onResolve.Release()
		onReject.Release()
	}
	onResolve = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		done(len(args) > 0 && args[0].Truthy(), nil)
		return nil
	})
	onReject = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		reason := "rejected"
		if len(args) > 0 {
			reason = js.Global().Get("String").Invoke(args[0]).String()
		}
		done(false, fmt.Errorf("%w: navigator.storage.%s: %s", ErrStorage, method, reason))
		return nil
	})
	promise.Call("then", onResolve, onReject)
}
