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
// encoder and checks each gives exactly what it gave then: a link someone
// sent must never stop opening or change meaning. testdata/links-v2 holds
// links from the first home-made compressor; testdata/links-flate holds plan
// and reply links from the weeks links were made by compress/flate.
func TestLinksAlreadySentStillOpen(t *testing.T) {
	for _, dir := range []string{"links-v2", "links-flate"} {
		links, _ := filepath.Glob(filepath.Join("testdata", dir, "*.link"))
		if len(links) < 5 {
			t.Fatalf("found %d link fixtures in %s", len(links), dir)
		}
		for _, file := range links {
			base := strings.TrimSuffix(file, ".link")
			t.Run(dir+"/"+filepath.Base(base), func(t *testing.T) {
				checkSentLink(t, base)
			})
		}
	}
}

// checkSentLink opens base.link, a plan link or (when its name starts with
// "reply-") a reply link, with base.passphrase if there is one, and checks
// it reads as base.want.json.
func checkSentLink(t *testing.T, base string) {
	link := strings.TrimSpace(string(mustReadFile(t, base+".link")))
	want := strings.TrimSpace(string(mustReadFile(t, base+".want.json")))
	decode := func(p string) (any, error) {
		got, err := Decode(link, p)
		got.SharedAt = got.SharedAt.UTC() // the fixtures were made in UTC
		return got, err
	}
	if strings.HasPrefix(filepath.Base(base), "reply-") {
		decode = func(p string) (any, error) {
			got, err := DecodeReply(link, p)
			got.WrittenAt = got.WrittenAt.UTC()
			return got, err
		}
	}
	pass, err := os.ReadFile(base + ".passphrase")
	protected := err == nil
	if NeedsPassphrase(link) != protected {
		t.Fatalf("NeedsPassphrase = %v", !protected)
	}
	tries := []string{""}
	if protected {
		if _, err := decode(""); !errors.Is(err, ErrNeedsPassphrase) {
			t.Errorf("without the passphrase: %v, want ErrNeedsPassphrase", err)
		}
		if _, err := decode("not the words"); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("with a wrong passphrase: %v, want ErrWrongPassphrase", err)
		}
		// As given, and as a phone might retype it.
		tries = []string{string(pass), "  " + strings.ToUpper(string(pass))}
	}
	for _, p := range tries {
		got, err := decode(p)
		if err != nil {
			t.Fatalf("decode(passphrase %q): %v", p, err)
		}
		b, _ := json.MarshalIndent(got, "", "  ")
		if string(b) != want {
			t.Errorf("decode(passphrase %q) =\n%s\nwant\n%s", p, b, want)
		}
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
