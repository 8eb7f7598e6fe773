package share

import (
	"testing"
)

// FuzzDecodeReply checks that DecodeReply never panics, that every error is
// a link error, and that what it accepts EncodeReply writes again unchanged.
func FuzzDecodeReply(f *testing.F) {
	for _, s := range replySamples {
		frag, err := EncodeReply(sampleReply(s.questions, s.needs, s.note), ReplyOptions{})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(frag)
		f.Add(ReplyLink("https://example.org", frag) + "&utm_source=x")
		f.Add(frag[:len(frag)/2])
	}
	f.Add(mustEncode(f, smallPlan, everySection(), Options{}))
	f.Add("")
	f.Add("#2QAAA/")
	f.Fuzz(func(t *testing.T, in string) { checkDecodeReply(t, in) })
}

// FuzzDecodeReplyRecord wraps fuzzed records in valid reply links, to reach
// behind the checksum.
func FuzzDecodeReplyRecord(f *testing.F) {
	for _, s := range replySamples {
		rec, err := sampleReply(s.questions, s.needs, s.note).marshal()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(rec)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, rec []byte) {
		if len(rec) > maxContent {
			return
		}
		checkDecodeReply(t, craft(rec, kindReply|dictReplyEnglish))
	})
}

func checkDecodeReply(t *testing.T, in string) {
	got, err := DecodeReply(in, "")
	if err != nil {
		if KindOf(err) == "" {
			t.Fatalf("DecodeReply(%q): an error that is not a link error: %v", in, err)
		}
		if ReplyMessage(err) == "" {
			t.Fatalf("DecodeReply(%q): no message for %v", in, err)
		}
		return
	}
	again, err := EncodeReply(got, ReplyOptions{})
	if err != nil {
		t.Fatalf("DecodeReply(%q) accepted a reply EncodeReply refuses: %v", in, err)
	}
	back, err := DecodeReply(again, "")
	if err != nil {
		t.Fatalf("re-encoded reply does not decode: %v", err)
	}
	if !sameReply(got, back) {
		t.Fatalf("DecodeReply(%q) does not round-trip:\n got %+v\nback %+v", in, got, back)
	}
	if id, err := ReplyID(in, ""); err != nil || id != got.ID() {
		t.Fatalf("ReplyID(%q) = %q, %v; ID() = %q", in, id, err, got.ID())
	}
}
