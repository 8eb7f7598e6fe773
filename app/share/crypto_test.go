package share

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"mend/app/plan"
)

func TestPassphrase(t *testing.T) {
	const pass = "maple river candle orbit"
	salt := bytes.NewReader(bytes.Repeat([]byte{7}, linkSaltSize))
	frag := mustEncode(t, shortPlan, publicSections(), Options{Passphrase: pass, Rand: salt})
	plain := mustEncode(t, shortPlan, publicSections(), Options{})
	t.Logf("protection adds %d characters", len(frag)-len(plain))

	if !NeedsPassphrase(frag) || !NeedsPassphrase(Link("https://example.org", frag)+".") {
		t.Error("NeedsPassphrase is false for a protected link")
	}
	if NeedsPassphrase(plain) || NeedsPassphrase(frag[:len(frag)-1]) {
		t.Error("NeedsPassphrase is true for a plain or damaged link")
	}
	if strings.Contains(frag, "canal") || bytes.Contains([]byte(frag), []byte(pass)) {
		t.Error("the protected link shows its text")
	}
	if _, err := Decode(frag, " "); !errors.Is(err, ErrNeedsPassphrase) {
		t.Errorf("no passphrase: %v, want ErrNeedsPassphrase", err)
	}
	if _, err := Decode(frag, "maple river candle"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v, want ErrWrongPassphrase", err)
	}
	// Typed on a phone: capital first letter, double space, trailing space.
	got, err := Decode(frag, "Maple river  candle orbit ")
	if err != nil {
		t.Fatalf("right passphrase: %v", err)
	}
	want, _ := Decode(plain, "")
	want.Protected = true
	if !reflect.DeepEqual(got, want) {
		t.Errorf("protected link decodes differently:\n got %+v\nwant %+v", got, want)
	}
}

func TestPassphraseHeaderIsAuthenticated(t *testing.T) {
	frag := mustEncode(t, smallPlan, everySection(), Options{Passphrase: "x", Rand: bytes.NewReader(make([]byte, linkSaltSize))})
	c, err := parseFragment(frag)
	if err != nil {
		t.Fatal(err)
	}
	rebuild := func(header []byte) string {
		return (&container{header: header, body: c.body}).fragment()
	}
	// Fewer passes with a valid checksum: the checksum passes, the
	// authentication does not (and the KDF really runs with t=1).
	weaker := bytes.Clone(c.header)
	weaker[3] = 1
	if _, err := Decode(rebuild(weaker), "x"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("lowered KDF passes: %v, want ErrWrongPassphrase", err)
	}
	// A link asking for more memory than this app allows is refused before
	// any work is done.
	greedy := append(bytes.Clone(c.header[:4]), 0x80, 0x80, 0x80, 0x01)
	greedy = append(greedy, c.header[4+3:]...)
	if _, err := Decode(rebuild(greedy), "x"); !errors.Is(err, ErrNewerFormat) {
		t.Errorf("256 MiB KDF: %v, want ErrNewerFormat", err)
	}
	unknown := bytes.Clone(c.header)
	unknown[2] = 9
	if _, err := Decode(rebuild(unknown), "x"); !errors.Is(err, ErrNewerFormat) {
		t.Errorf("unknown KDF: %v, want ErrNewerFormat", err)
	}
}

func TestEncodeUsesAFreshSaltEachTime(t *testing.T) {
	a := mustEncode(t, plan.Plan{Remedy: "r"}, everySection(), Options{Passphrase: "p"})
	b := mustEncode(t, plan.Plan{Remedy: "r"}, everySection(), Options{Passphrase: "p"})
	if a == b {
		t.Error("two protected links of the same plan are identical")
	}
}
