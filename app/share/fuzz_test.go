package share

import (
	"reflect"
	"testing"
)

// FuzzDecode checks that Decode never panics, that every error it returns
// is one of the link errors, and that whatever it accepts is a plan Encode
// can carry again unchanged.
func FuzzDecode(f *testing.F) {
	for _, s := range samples {
		frag := mustEncode(f, s.plan, s.sections, Options{Version: 7})
		f.Add(frag)
		f.Add(Link("https://example.org", frag) + "&utm_source=x")
		f.Add(frag[:len(frag)/2])
	}
	f.Add(mustEncode(f, smallPlan, everySection(), Options{Passphrase: "p"}))
	f.Add("")
	f.Add("#2AAAA/")
	f.Fuzz(func(t *testing.T, in string) { checkDecode(t, in) })
}

// FuzzDecodeRecord reaches behind the checksum, which random changes to a
// link almost never get past: it wraps fuzzed records in valid links.
func FuzzDecodeRecord(f *testing.F) {
	for _, s := range samples {
		c := &content{plan: s.plan, sections: uint64(bit(s.sections...)), sharedAt: 1, version: 7}
		record, err := c.marshal()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(record)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, record []byte) {
		if len(record) > maxContent {
			return
		}
		checkDecode(t, craft(record, dictEnglish1ID))
	})
}

// checkDecode decodes in and checks that an error is a link error and that
// a success carries a plan that Encode writes again unchanged.
func checkDecode(t *testing.T, in string) {
	got, err := Decode(in, "")
	if err != nil {
		if KindOf(err) == "" {
			t.Fatalf("Decode(%q) returned an error that is not a link error: %v", in, err)
		}
		return
	}
	again, err := Encode(got.Plan, got.Sections, Options{SharedAt: got.SharedAt, Version: got.Version})
	if err != nil {
		t.Fatalf("Decode(%q) accepted a plan Encode refuses: %v", in, err)
	}
	back, err := Decode(again, "")
	if err != nil {
		t.Fatalf("re-encoded link does not decode: %v", err)
	}
	got.Plan, back.Plan = withoutIDs(got.Plan), withoutIDs(back.Plan)
	if !reflect.DeepEqual(got, back) {
		t.Fatalf("Decode(%q) does not round-trip:\n got %+v\nback %+v", in, got, back)
	}
}
