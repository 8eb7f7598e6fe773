package checker

import "testing"

// TestSaidSorryIsNotAVerdict: "I said sorry, so …" reports the apology
// itself. Its "sorry" must not count as the writer judging earlier words,
// which would set aside everything after "I said" as a quotation; a real
// verdict ("That was wrong.") still does.
func TestSaidSorryIsNotAVerdict(t *testing.T) {
	for _, c := range []struct {
		text, category string
		want           bool
	}{
		{"i said sorry so can u stop ignoring me now", "pressure", true},
		{"I already said I'm sorry, so can we just move on now?", "pressure", true},
		{"I said it was just a joke. That was wrong of me.", "minimizing", false},
		{"I told you it was no big deal, and that was wrong.", "minimizing", false},
	} {
		if got := fired(CheckFinished(c.text))[c.category]; got != c.want {
			t.Errorf("%q: %s raised %v, want %v", c.text, c.category, got, c.want)
		}
	}
}
