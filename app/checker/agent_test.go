package checker

import "testing"

// TestOtherAgentReadsWhoActs checks the shape BLAME-40 and BLAME-41 read:
// another's act against the writer beside an apology fires; the writer's
// own act, the reader as the one hurt, an act far from any apology, and
// an act in the apology's own sentence or said once, not pressed on (for
// BLAME-41), do not.
func TestOtherAgentReadsWhoActs(t *testing.T) {
	for _, c := range []struct {
		text, rule string
		want       bool
	}{
		{"I'm sorry I left. Your cousin baited me all night.", "BLAME-40", true},
		{"I'm sorry I left. When you kept baiting me, I should have walked away calmly.", "BLAME-40", false},
		{"I'm sorry I baited you all night.", "BLAME-40", false},
		{"I'm sorry I yelled at you for distracting me, and then distracted you myself.", "BLAME-40", false},
		{"Your cousin baited me all night. We left at ten. The food was good. I'm sorry I left.", "BLAME-40", false},
		{"I'm sorry. I'll set an alarm and you can nag me if I forget.", "BLAME-40", false},
		{"I'm sorry I was late. The guy behind me was tailgating me the whole way.", "BLAME-41", true},
		{"I'm sorry I was late, the guy behind me was tailgating me the whole way.", "BLAME-41", false},
		{"I'm sorry I was late. You were tailgating me the whole way.", "BLAME-41", false},
		{"I'm sorry I was late. It was my fault.", "BLAME-41", false},
		{"I'm sorry I was late. I argued, threw my helmet and walked off.", "BLAME-41", false},
		{"I'm sorry I was late. My flatmate borrowed my car again.", "BLAME-41", true},
		{"I'm sorry I was late. My flatmate borrowed my car again.", "BLAME-40", false},
		{"I'm sorry I was late. My flatmate borrowed my car.", "BLAME-41", false},
	} {
		if got := fires(rules(), c.rule, c.text); got != c.want {
			t.Errorf("%s on %q: fired %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}

// FuzzOtherAgent checks that a rule read by its shape fires only near an
// apology: a draft with no word of apology raises none of them, however
// it is spelled or cut.
func FuzzOtherAgent(f *testing.F) {
	for _, s := range []string{
		"Your cousin baited me all night.", "the guy behind me was tailgating me", ", , me", "me", "my", "' me '",
		"Things they did:\n- nagged me\n- kept changing the dates on me", "nobody reminded me. nobody told me.",
		"and then, spilled it on my desk", "u were ignoring me", "When you kept baiting me I left.",
	} {
		f.Add(s)
	}
	rs := rules()
	f.Fuzz(func(t *testing.T, text string) {
		a := analyzeFor(rs, text, readSettled)
		for _, tok := range a.toks {
			if tok.kind == wordToken && a.fz.info[tok.id]&sorryBit != 0 {
				return
			}
		}
		for _, h := range a.hits {
			if r := rs.rules[h.rule]; r.otherAgent {
				t.Fatalf("%s fired on %q with no apology near: %q", r.id, text, text[h.start:h.end])
			}
		}
	})
}
