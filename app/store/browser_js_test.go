//go:build js

package store

import (
	"errors"
	"syscall/js"
	"testing"
)

// fakeGlobal builds a stand-in for window with a localStorage that holds at
// most limit characters and throws a QuotaExceededError beyond that, as
// browsers do.
func fakeGlobal(limit int) js.Value {
	return js.Global().Get("Function").New("limit", `
		const data = new Map();
		const storage = {
			getItem(k) { return data.has(k) ? data.get(k) : null; },
			setItem(k, v) {
				let used = 0;
				for (const [key, val] of data) if (key !== k) used += key.length + val.length;
				if (used + k.length + v.length > limit) {
					const e = new Error("The quota has been exceeded.");
					e.name = "QuotaExceededError"; e.code = 22;
					throw e;
				}
				data.set(k, String(v));
			},
			removeItem(k) { data.delete(k); },
			key(i) { return Array.from(data.keys())[i] ?? null; },
			get length() { return data.size; },
		};
		return { localStorage: storage, mendStorage: "device" };
	`).Invoke(limit)
}

func TestBrowserStorage(t *testing.T) {
	b, ok := browser(fakeGlobal(200))
	if !ok {
		t.Fatal("browser() = not ok")
	}
	if _, ok, err := b.Get(Key); ok || err != nil {
		t.Errorf("Get of a missing key = %v, %v", ok, err)
	}
	if err := b.Set(Key, `{"v":1,"plan":{}}`); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := b.Get(Key); v != `{"v":1,"plan":{}}` || !ok || err != nil {
		t.Errorf("Get = %q, %v, %v", v, ok, err)
	}
	if err := b.Set("big", string(make([]byte, 300))); !errors.Is(err, ErrQuota) {
		t.Errorf("Set over quota = %v, want ErrQuota", err)
	}
	if keys, err := b.(Lister).Keys(); err != nil || len(keys) != 1 || keys[0] != Key {
		t.Errorf("Keys = %v, %v", keys, err)
	}
	if err := b.Remove(Key); err != nil {
		t.Fatal(err)
	}
	s, p := Open(b, nil)
	if p != nil {
		t.Fatal(p)
	}
	err := s.Update(func(d *Document) { d.Plan.WhatIDid = string(make([]byte, 300)) })
	if !errors.Is(err, ErrQuota) || UserMessage(err) != msgQuota {
		t.Errorf("Update over quota = %v", err)
	}
}

func TestBrowserBlocked(t *testing.T) {
	blocked := js.Global().Get("Function").New(`
		return Object.defineProperty({}, "localStorage", { get() { throw new Error("SecurityError"); } });
	`).Invoke()
	if b, ok := browser(blocked); ok || b == nil {
		t.Errorf("browser(throwing) = %v, %v; want a Memory and false", b, ok)
	}
	guarded := fakeGlobal(100)
	guarded.Set("mendStorage", "memory")
	if _, ok := browser(guarded); ok {
		t.Error(`browser with mendStorage "memory" = ok`)
	}
	if _, ok := browser(js.Global().Get("Object").New()); ok {
		t.Error("browser without localStorage = ok")
	}
	if _, ok := Browser(); ok {
		t.Error("Browser() under Node = ok; Node has no localStorage here")
	}
}

func TestRequestPersistence(t *testing.T) {
	result := func(navigator js.Value) (bool, error) {
		type answer struct {
			ok  bool
			err error
		}
		ch := make(chan answer, 1)
		requestPersistence(navigator, func(ok bool, err error) { ch <- answer{ok, err} })
		a := <-ch
		return a.ok, a.err
	}
	if ok, err := result(js.Undefined()); ok || !errors.Is(err, ErrPersistenceUnavailable) {
		t.Errorf("no navigator = %v, %v", ok, err)
	}
	if ok, err := result(js.Global().Get("Object").New()); ok || !errors.Is(err, ErrPersistenceUnavailable) {
		t.Errorf("no navigator.storage = %v, %v", ok, err)
	}
	fake := js.Global().Get("Function").New("already", "grant", "fail", `
		const calls = [];
		return { calls, storage: {
			persisted() { calls.push("persisted"); return Promise.resolve(already); },
			persist() { calls.push("persist"); return fail ? Promise.reject(new Error("nope")) : Promise.resolve(grant); },
		}};
	`)
	for _, tt := range []struct {
		already, grant, fail bool
		want                 bool
		wantErr              bool
		calls                int
	}{
		{already: true, want: true, calls: 1},
		{grant: true, want: true, calls: 2},
		{grant: false, want: false, calls: 2},
		{fail: true, wantErr: true, calls: 2},
	} {
		nav := fake.Invoke(tt.already, tt.grant, tt.fail)
		ok, err := result(nav)
		if ok != tt.want || (err != nil) != tt.wantErr || nav.Get("calls").Length() != tt.calls {
			t.Errorf("%+v: got %v, %v after %d calls", tt, ok, err, nav.Get("calls").Length())
		}
	}
}
