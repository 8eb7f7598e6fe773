package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"testing"

	"mend/app/plan"
)

// jsonDeflateLink is the common way to put data in a link, measured side by
// side with ours: the shared part of the plan as JSON, raw deflate at level
// 9, base64url.
func jsonDeflateLink(p plan.Plan, sections []plan.Section) string {
	j, err := json.Marshal(struct {
		Plan     plan.Plan      `json:"plan"`
		Sections []plan.Section `json:"sections"`
		SharedAt int64          `json:"shared_at"`
		Version  int            `json:"version"`
	}{onlySections(p, sections), sections, sharedAt.Unix(), 12})
	if err != nil {
		panic(err)
	}
	var out bytes.Buffer
	w, _ := flate.NewWriter(&out, flate.BestCompression)
	w.Write(j)
	w.Close()
	return "https://example.org/view#" + base64.RawURLEncoding.EncodeToString(out.Bytes())
}

// BenchmarkEncode reports, next to the time, the link's length and that of
// JSON + deflate + base64url for the same plan.
func BenchmarkEncode(b *testing.B) {
	for _, s := range samples {
		b.Run(s.name, func(b *testing.B) {
			var frag string
			for b.Loop() {
				frag = mustEncode(b, s.plan, s.sections, Options{Version: 12})
			}
			b.ReportMetric(float64(textChars(s.plan, s.sections)), "plan_chars")
			b.ReportMetric(float64(len(Link("https://example.org", frag))), "url_chars")
			b.ReportMetric(float64(len(jsonDeflateLink(s.plan, s.sections))), "json_deflate_chars")
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, s := range samples {
		b.Run(s.name, func(b *testing.B) {
			link := Link("https://example.org", mustEncode(b, s.plan, s.sections, Options{Version: 12}))
			for b.Loop() {
				if _, err := Decode(link, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeProtected is dominated by Argon2id: the wait a partner has
// after typing the passphrase.
func BenchmarkDecodeProtected(b *testing.B) {
	frag := mustEncode(b, shortPlan, publicSections(), Options{Passphrase: "maple river candle orbit"})
	for b.Loop() {
		if _, err := Decode(frag, "maple river candle orbit"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArgon2id measures the key derivation alone at the settings new
// links use and at the neighbouring ones, for choosing defaultKDF: run it
// under WebAssembly, where the partner's phone runs it.
func BenchmarkArgon2id(b *testing.B) {
	for _, k := range []kdfParams{
		{time: 2, memory: 19 << 10, threads: 1},
		{time: 3, memory: 19 << 10, threads: 1},
		{time: 4, memory: 19 << 10, threads: 1},
		{time: 2, memory: 32 << 10, threads: 1},
	} {
		b.Run(fmt.Sprintf("t=%d/m=%dMiB", k.time, k.memory>>10), func(b *testing.B) {
			for b.Loop() {
				aead("maple river candle orbit", k)
			}
		})
	}
}
