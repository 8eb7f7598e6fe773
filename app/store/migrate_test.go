package store

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func jsonValid(s string) bool { return json.Valid([]byte(s)) }

func TestMigrationChainCoversEveryVersion(t *testing.T) {
	if len(migrations) != Version-1 {
		t.Fatalf("%d migration steps for version %d; need one per earlier version", len(migrations), Version)
	}
	for v := 1; v <= Version; v++ {
		if _, err := os.Stat(filepath.Join("testdata", "v"+strconv.Itoa(v))); err != nil {
			t.Errorf("no fixtures for version %d: %v", v, err)
		}
	}
}

// TestFixtures loads every stored fixture of every version, upgrades it,
// and checks nothing the user wrote was lost: every string in the fixture
// is still somewhere in the upgraded document.
func TestFixtures(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "v*"))
	if len(dirs) == 0 {
		t.Fatal("no fixtures")
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		if len(files) == 0 {
			t.Errorf("%s has no fixtures", dir)
		}
		for _, file := range files {
			t.Run(file, func(t *testing.T) {
				raw, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				m := NewMemory()
				m.Set(Key, string(raw))
				s, p := Open(m, clock())
				if p != nil {
					t.Fatalf("Open: %+v", p)
				}
				d := s.Doc()
				if d.V != Version {
					t.Errorf("V = %d", d.V)
				}
				out, _ := json.Marshal(d)
				for _, str := range stringsIn(t, raw) {
					if !strings.Contains(string(out), mustJSON(str)) {
						t.Errorf("%q was lost in the upgrade", str)
					}
				}
				// Saving and reloading gives the same document.
				if err := s.Update(func(*Document) {}); err != nil {
					t.Fatal(err)
				}
				again := mustOpen(t, m).Doc()
				again.Updated, d.Updated = "", ""
				if !reflect.DeepEqual(again, d) {
					t.Errorf("round trip changed the document:\n%+v\n%+v", d, again)
				}
			})
		}
	}
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// stringsIn returns every string value in a JSON text.
func stringsIn(t *testing.T, raw []byte) []string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// TestMigrateChain runs a made-up chain of three versions, to show the
// mechanism works before any real second version exists.
func TestMigrateChain(t *testing.T) {
	var ran []int
	chain := []migration{
		func(m map[string]any) error { // 1 → 2: rename a field
			ran = append(ran, 1)
			m["notes"] = m["note"]
			delete(m, "note")
			return nil
		},
		func(m map[string]any) error { // 2 → 3: wrap it in a list
			ran = append(ran, 2)
			m["notes"] = []any{m["notes"]}
			return nil
		},
	}
	for _, tt := range []struct {
		in      string
		wantRan []int
	}{
		{`{"v":1,"note":"hello"}`, []int{1, 2}},
		{`{"v":2,"notes":"hello"}`, []int{2}},
		{`{"v":3,"notes":["hello"]}`, nil},
	} {
		ran = nil
		var m map[string]any
		json.Unmarshal([]byte(tt.in), &m)
		v, err := version(mustNumbers(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if err := migrate(m, v, chain); err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(m)
		if string(got) != `{"notes":["hello"],"v":3}` || !reflect.DeepEqual(ran, tt.wantRan) {
			t.Errorf("migrate(%s) = %s, ran %v; want steps %v", tt.in, got, ran, tt.wantRan)
		}
	}
	failing := []migration{func(map[string]any) error { return errors.New("cannot") }}
	if err := migrate(map[string]any{"v": 1}, 1, failing); !errors.Is(err, ErrUnreadable) {
		t.Errorf("failing step gave %v", err)
	}
	if _, err := decode([]byte(`{"v":3}`), chain[:1]); !errors.Is(err, ErrNewerVersion) {
		t.Errorf("decode of version 3 with a chain to 2 = %v", err)
	}
}

func mustNumbers(s string) map[string]any {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var m map[string]any
	d.Decode(&m)
	return m
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixtureFiles returns the files under testdata matching pattern, and
// fails if there are fewer than atLeast: a missing fixture must not pass
// as a test of nothing.
func fixtureFiles(t testing.TB, pattern string, atLeast int) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	if len(files) < atLeast {
		t.Fatalf("found %d fixtures matching %s, want at least %d", len(files), pattern, atLeast)
	}
	return files
}

// addFixtures seeds f with every file under testdata matching pattern.
func addFixtures(f *testing.F, pattern string) {
	for _, file := range fixtureFiles(f, pattern, 1) {
		f.Add(mustRead(f, file))
	}
}
