package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
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
