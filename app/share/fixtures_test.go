package share

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinksAlreadySentStillOpen opens links made by earlier versions of the
// encoder (testdata/links-v2) and checks each gives exactly what it gave
// then: a link someone sent must never stop opening or change meaning.
func TestLinksAlreadySentStillOpen(t *testing.T) {
	links, _ := filepath.Glob(filepath.Join("testdata", "links-v2", "*.link"))
	if len(links) < 5 {
		t.Fatalf("found %d link fixtures", len(links))
	}
	for _, file := range links {
		base := strings.TrimSuffix(file, ".link")
		t.Run(filepath.Base(base), func(t *testing.T) {
			link := strings.TrimSpace(string(mustReadFile(t, file)))
			want := strings.TrimSpace(string(mustReadFile(t, base+".want.json")))
			pass, err := os.ReadFile(base + ".passphrase")
			protected := err == nil
			if NeedsPassphrase(link) != protected {
				t.Fatalf("NeedsPassphrase = %v", !protected)
			}
			tries := []string{""}
			if protected {
				if _, err := Decode(link, ""); !errors.Is(err, ErrNeedsPassphrase) {
					t.Errorf("without the passphrase: %v, want ErrNeedsPassphrase", err)
				}
				if _, err := Decode(link, "not the words"); !errors.Is(err, ErrWrongPassphrase) {
					t.Errorf("with a wrong passphrase: %v, want ErrWrongPassphrase", err)
				}
				// As given, and as a phone might retype it.
				tries = []string{string(pass), "  " + strings.ToUpper(string(pass))}
			}
			for _, p := range tries {
				got, err := Decode(link, p)
				if err != nil {
					t.Fatalf("Decode(passphrase %q): %v", p, err)
				}
				got.SharedAt = got.SharedAt.UTC() // the fixtures were made in UTC
				b, _ := json.MarshalIndent(got, "", "  ")
				if string(b) != want {
					t.Errorf("Decode(passphrase %q) =\n%s\nwant\n%s", p, b, want)
				}
			}
		})
	}
}

func mustReadFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
