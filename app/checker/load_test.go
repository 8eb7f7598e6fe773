package checker

import (
	"reflect"
	"testing"

	checkerdata "mend/content/checker"
)

// withoutData runs f as the shipped app starts: with no checker data until
// Load is given it. The embedded data is back afterwards.
func withoutData(t *testing.T, f func()) {
	t.Helper()
	saved := current
	current = newData(nil)
	defer func() { current = saved }()
	f()
}

// TestTheAppWaitsForItsDataThenReadsAsTheEmbeddedChecker: before the data
// arrives no part is called missing, refused data changes nothing, and
// once the fetched asset is loaded the reports are exactly those of the
// embedded rules.
func TestTheAppWaitsForItsDataThenReadsAsTheEmbeddedChecker(t *testing.T) {
	const draft = "I'm sorry if you were hurt, but I was tired. I will call you tomorrow."
	wantLive, wantFinished := Check(draft), CheckFinished(draft)
	if len(wantLive.Findings) == 0 {
		t.Fatal("the draft should have findings with the embedded rules")
	}
	asset := checkerdata.Encode(checkerdata.Embedded())

	withoutData(t, func() {
		waiting := func(when string) {
			t.Helper()
			if Ready() {
				t.Errorf("%s: Ready with no data", when)
			}
			for _, r := range []Report{Check(draft), CheckFinished(draft)} {
				if !r.Waiting() {
					t.Errorf("%s: the report does not say it is waiting", when)
				}
				if len(r.Findings) != 0 || len(r.Components) != len(Components) {
					t.Errorf("%s: %d findings, %d parts; want none and all five", when, len(r.Findings), len(r.Components))
				}
				for _, c := range r.Components {
					if c.State != StateWaiting || c.Present || c.Hint != "" {
						t.Errorf("%s: part %+v, want it waiting with no hint", when, c)
					}
				}
			}
		}
		waiting("before the data")
		if r := Check("  "); r.Components[0].State != StateMissing {
			t.Errorf("an empty draft reads as %q, want it as ever (missing, no hint), which needs no data", r.Components[0].State)
		}
		damaged := append([]byte(nil), asset...)
		damaged[len(damaged)-10] ^= 1
		for _, bad := range [][]byte{nil, []byte("<html>"), asset[:len(asset)/2], damaged} {
			if err := Load(bad); err == nil {
				t.Errorf("Load accepted %d bad bytes", len(bad))
			}
		}
		waiting("after bad data")

		if err := Load(asset); err != nil {
			t.Fatalf("Load refused the asset: %v", err)
		}
		if !Ready() || current.err != nil {
			t.Fatalf("Ready %v (%v) after loading the asset", Ready(), current.err)
		}
		if Check(draft).Waiting() || Check("").Waiting() {
			t.Error("with its data the checker still says it is waiting")
		}
		if got := Check(draft); !reflect.DeepEqual(got, wantLive) {
			t.Errorf("Check with the loaded data:\n%+v\nwant as embedded:\n%+v", got, wantLive)
		}
		if got := CheckFinished(draft); !reflect.DeepEqual(got, wantFinished) {
			t.Errorf("CheckFinished with the loaded data:\n%+v\nwant as embedded:\n%+v", got, wantFinished)
		}
	})
}

// TestDataFromAnotherReleaseIsDroppedNotFatal: data that decodes but does
// not compile (an engine and rules of different releases) leaves the
// checker waiting and not Ready, and a good copy can follow.
func TestDataFromAnotherReleaseIsDroppedNotFatal(t *testing.T) {
	stale := checkerdata.Encode(checkerdata.New(map[string][]byte{"a.rules": []byte("frobnicate everything\n")}))
	withoutData(t, func() {
		if err := Load(stale); err != nil {
			t.Fatalf("the stale asset should decode: %v", err)
		}
		if r := Check("I'm sorry."); r.Components[0].State != StateWaiting {
			t.Errorf("with rules that do not compile, a part reads as %q, want waiting", r.Components[0].State)
		}
		if Ready() || current.err == nil {
			t.Errorf("Ready %v (%v); want not ready, with the reason kept", Ready(), current.err)
		}
		if err := Load(checkerdata.Encode(checkerdata.Embedded())); err != nil {
			t.Fatal(err)
		}
		if len(Check("I'm sorry if you were hurt.").Findings) == 0 || !Ready() || current.err != nil {
			t.Error("a good copy after the stale one did not make the checker read drafts")
		}
	})
}

// BenchmarkLoadAsset measures what the shipped app pays when the checker's
// data arrives: checking and decoding the fetched file (the rules are
// compiled later, on first use; see BenchmarkLoadRules).
func BenchmarkLoadAsset(b *testing.B) {
	asset := checkerdata.Encode(checkerdata.Embedded())
	b.SetBytes(int64(len(asset)))
	b.ReportAllocs()
	for b.Loop() {
		current = newData(nil)
		if err := Load(asset); err != nil {
			b.Fatal(err)
		}
	}
	current = newData(checkerdata.Embedded())
}
