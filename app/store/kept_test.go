package store

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"mend/app/plan"
	"mend/app/share"
)

// TestKeptCopiesFromBeforeVersions reads kept copies exactly as the view
// page stored them before this package owned them (testdata/kept-v0, no
// "v"): a partner who upgrades keeps their copy, every word of it.
func TestKeptCopiesFromBeforeVersions(t *testing.T) {
	for _, file := range fixtureFiles(t, filepath.Join("kept-v0", "*.json"), 3) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw := mustRead(t, file)
			m := NewMemory()
			m.Set(KeptKey, string(raw))
			k, unreadable, err := LoadKept(m)
			if err != nil || unreadable || k == nil {
				t.Fatalf("LoadKept = %v, unreadable %v, %v", k, unreadable, err)
			}
			if k.V != KeptVersion || k.Kept != "2026-03-05T08:15:00Z" || len(k.Sections) == 0 || k.Plan.Started == "" ||
				!k.SharedAt.Equal(time.Date(2026, 3, 4, 19, 30, 0, 0, time.UTC)) {
				t.Errorf("read %+v", k)
			}
			for _, str := range stringsIn(t, raw) {
				if !strings.Contains(mustJSONOf(t, k), mustJSON(str)) {
					t.Errorf("%q was lost in the upgrade", str)
				}
			}
			// Saved again, it says its version and reads back the same.
			if err := SaveKept(m, *k); err != nil {
				t.Fatal(err)
			}
			if v, _, _ := m.Get(KeptKey); !strings.HasPrefix(v, `{"v":1,`) {
				t.Errorf("saved as %.40s…", v)
			}
			again, unreadable, err := LoadKept(m)
			if err != nil || unreadable || !reflect.DeepEqual(again, k) {
				t.Errorf("round trip: %+v, %v, %v\nwant %+v", again, unreadable, err, k)
			}
		})
	}
}

// mustJSONOf returns v as JSON.
func mustJSONOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestKeptUnreadableIsLeftAlone(t *testing.T) {
	for name, raw := range map[string]string{
		"not JSON":      `{"kept":"2026-03-05T08:15:00Z","plan":{`,
		"no time kept":  `{"plan":{"remedy":"r"}}`,
		"a string":      `"hello"`,
		"unknown field": `{"v":1,"kept":"2026-03-05T08:15:00Z","mood":"ok"}`,
		"newer version": `{"v":2,"kept":"2026-03-05T08:15:00Z"}`,
		"version zero":  `{"v":0,"kept":"2026-03-05T08:15:00Z"}`,
	} {
		m := NewMemory()
		m.Set(KeptKey, raw)
		k, unreadable, err := LoadKept(m)
		if k != nil || !unreadable || err != nil {
			t.Errorf("%s: LoadKept = %v, unreadable %v, %v", name, k, unreadable, err)
		}
		if v, _, _ := m.Get(KeptKey); v != raw {
			t.Errorf("%s: LoadKept changed what was stored", name)
		}
	}
}

func TestKeptSaveAndForget(t *testing.T) {
	m := NewMemory()
	if k, unreadable, err := LoadKept(m); k != nil || unreadable || err != nil {
		t.Errorf("nothing kept: %v, %v, %v", k, unreadable, err)
	}
	k := Kept{Kept: "2026-03-05T08:15:00Z", Plan: plan.Plan{Remedy: "r"}, Sections: []plan.Section{plan.SectionRemedy},
		SharedAt: time.Date(2026, 3, 4, 19, 30, 0, 0, time.UTC), Version: 3}
	if err := SaveKept(m, k); err != nil {
		t.Fatal(err)
	}
	got, _, _ := LoadKept(m)
	k.V = KeptVersion
	if !reflect.DeepEqual(got, &k) {
		t.Errorf("LoadKept = %+v, want %+v", got, k)
	}
	if err := ForgetKept(m); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := m.Get(KeptKey); ok {
		t.Error("ForgetKept left the copy")
	}

	// Full storage: an error with a kind and a message, and the earlier
	// copy untouched.
	SaveKept(m, k)
	before, _, _ := m.Get(KeptKey)
	m.Limit = m.Used()
	bigger := k
	bigger.Plan.Impact = strings.Repeat("x", 100)
	err := SaveKept(m, bigger)
	if !errors.Is(err, ErrQuota) || KindOf(err) != KindQuota || !strings.Contains(UserMessage(err), "would not keep the copy") {
		t.Errorf("SaveKept when full = %v (%s, %q)", err, KindOf(err), UserMessage(err))
	}
	if after, _, _ := m.Get(KeptKey); after != before {
		t.Error("a failed SaveKept changed the stored copy")
	}
	m.Fail = errors.New("blocked")
	if _, _, err := LoadKept(m); !errors.Is(err, ErrStorage) {
		t.Errorf("LoadKept on failing storage = %v", err)
	}
	if err := ForgetKept(m); KindOf(err) != KindStorage {
		t.Errorf("ForgetKept on failing storage = %v", err)
	}
}

func TestKeepSharedKeepsWhatTheLinkCarried(t *testing.T) {
	sh := share.Shared{Plan: plan.Plan{Remedy: "r", Started: "2026-03-01"}, Sections: []plan.Section{plan.SectionRemedy},
		SharedAt: time.Date(2026, 3, 4, 19, 30, 0, 0, time.UTC), Version: 4}
	k := KeepShared(sh, time.Date(2026, 3, 5, 9, 15, 0, 0, time.FixedZone("NZDT", 13*3600)))
	if k.Kept != "2026-03-04T20:15:00Z" || k.V != KeptVersion {
		t.Errorf("kept %q, v %d", k.Kept, k.V)
	}
	if got := k.Shared(); !reflect.DeepEqual(got, sh) {
		t.Errorf("Shared() = %+v, want %+v", got, sh)
	}
}
