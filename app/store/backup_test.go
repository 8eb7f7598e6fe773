package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"mend/app/plan"
)

var exportTime = time.Date(2026, 11, 22, 23, 30, 0, 0, time.FixedZone("NZDT", 13*3600))

func fullDoc(t *testing.T) Document {
	t.Helper()
	d, err := Decode(mustRead(t, "testdata/v1/full.json"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestExportImportRoundTrip(t *testing.T) {
	doc := fullDoc(t)
	b, name, err := Export(doc, exportTime)
	if err != nil {
		t.Fatal(err)
	}
	if name != "mend-backup-2026-11-22.json" {
		t.Errorf("name = %q", name)
	}
	var head map[string]any
	if err := json.Unmarshal(b, &head); err != nil {
		t.Fatal(err)
	}
	if head["app"] != "mend" || head["kind"] != "backup" || head["v"] != 1.0 || head["exported"] != "2026-11-22T10:30:00Z" || head["document"] == nil {
		t.Errorf("header = %v", head)
	}
	got, sum, err := Import(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("Import changed the document:\n%+v\n%+v", doc, got)
	}
	want := Summary{Exported: "2026-11-22T10:30:00Z", Updated: doc.Updated, SectionsFilled: len(plan.Sections),
		Commitments: 3, CheckIns: 3, Drafts: 1, GuideDone: 2, Shares: 1}
	if !reflect.DeepEqual(sum, want) {
		t.Errorf("Summary = %+v, want %+v", sum, want)
	}
}

func TestEncryptedRoundTrip(t *testing.T) {
	doc := fullDoc(t)
	b, name, err := ExportEncrypted(doc, exportTime, "our walk in May")
	if err != nil {
		t.Fatal(err)
	}
	if name != "mend-backup-2026-11-22-locked.json" {
		t.Errorf("name = %q", name)
	}
	if bytes.Contains(b, []byte("Friday")) {
		t.Error("encrypted backup holds plain text")
	}
	var head map[string]any
	json.Unmarshal(b, &head)
	if head["kind"] != "encrypted-backup" || head["kdf"] == nil || head["nonce"] == nil || head["ciphertext"] == nil {
		t.Errorf("header = %v", head)
	}
	if _, sum, err := Import(b); !errors.Is(err, ErrNeedsPassphrase) || !sum.Encrypted {
		t.Errorf("Import without passphrase = %v, %+v", err, sum)
	}
	if _, _, err := ImportWithPassphrase(b, "our walk in june"); !errors.Is(err, ErrWrongPassphrase) || !strings.Contains(UserMessage(err), "passphrase") {
		t.Errorf("wrong passphrase = %v (%q)", err, UserMessage(err))
	}
	got, sum, err := ImportWithPassphrase(b, "our walk in May")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) || !sum.Encrypted || sum.Commitments != 3 {
		t.Errorf("round trip = %+v, %+v", got, sum)
	}
	// Case and spacing do not matter, as for links: one seal, one reading
	// of a passphrase.
	if got, _, err := ImportWithPassphrase(b, " Our walk  in may"); err != nil || !reflect.DeepEqual(got, doc) {
		t.Errorf("retyped passphrase = %v", err)
	}
	var file struct {
		KDF struct {
			Normalized bool `json:"normalized"`
		} `json:"kdf"`
	}
	if err := json.Unmarshal(b, &file); err != nil || !file.KDF.Normalized {
		t.Errorf("a new locked backup does not say its passphrase was normalised (%v)", err)
	}
	// Changing the header breaks the seal.
	tampered := bytes.Replace(b, []byte(`"2026-11-22T10:30:00Z"`), []byte(`"2026-11-21T10:30:00Z"`), 1)
	if _, _, err := ImportWithPassphrase(tampered, "our walk in May"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("tampered header = %v", err)
	}
	if _, _, err := ExportEncrypted(doc, exportTime, ""); !errors.Is(err, ErrNeedsPassphrase) {
		t.Errorf("empty passphrase = %v", err)
	}
}

func TestImportErrors(t *testing.T) {
	doc := `{"v":1,"plan":{"remedy":"r"}}`
	wrap := func(app, kind, v, document string) string {
		return `{"app":"` + app + `","kind":"` + kind + `","v":` + v + `,"exported":"2026-11-22T10:30:00Z","document":` + document + `}`
	}
	for _, tt := range []struct {
		name, file string
		is         error
		says       string
	}{
		{"not JSON", "hello", ErrNotABackup, "isn't a Mend backup"},
		{"empty", "", ErrNotABackup, "isn't a Mend backup"},
		{"array", "[1]", ErrNotABackup, "isn't a Mend backup"},
		{"other app", wrap("other", "backup", "1", doc), ErrNotABackup, "isn't a Mend backup"},
		{"other kind", wrap("mend", "photo", "1", doc), ErrNotABackup, "isn't a Mend backup"},
		{"stored document, not a backup", doc, ErrNotABackup, "isn't a Mend backup"},
		{"no document", wrap("mend", "backup", "1", "null"), ErrNotABackup, "isn't a Mend backup"},
		{"newer format", wrap("mend", "backup", "2", doc), ErrNewerVersion, "newer version"},
		{"newer document", wrap("mend", "backup", "1", `{"v":9,"plan":{}}`), ErrNewerVersion, "newer version"},
		{"invalid plan", wrap("mend", "backup", "1", `{"v":1,"plan":{"started":"soon"}}`), ErrInvalid, "damaged"},
		{"wrong shape", wrap("mend", "backup", "1", `{"v":1,"plan":[]}`), ErrInvalid, "damaged"},
		{"bad kdf", `{"app":"mend","kind":"encrypted-backup","v":1,"kdf":{"name":"argon2id","time":1,"memory":4194304,"threads":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},"cipher":"AES-256-GCM","nonce":"AAAAAAAAAAAAAAAA","ciphertext":"AA=="}`, ErrNotABackup, "isn't a Mend backup"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ImportWithPassphrase([]byte(tt.file), "pass")
			if !errors.Is(err, tt.is) {
				t.Fatalf("Import = %v, want %v", err, tt.is)
			}
			if msg := UserMessage(err); !strings.Contains(msg, tt.says) {
				t.Errorf("UserMessage = %q, want it to say %q", msg, tt.says)
			}
			if !strings.Contains(err.Error(), "store: ") {
				t.Errorf("error %q", err)
			}
		})
	}
}

func TestExportRefusesInvalidDocument(t *testing.T) {
	doc := Empty()
	doc.GuideDone = []string{"nowhere"}
	if _, _, err := Export(doc, exportTime); !errors.Is(err, ErrInvalid) {
		t.Errorf("Export = %v", err)
	}
}
