package checker

import "testing"

// TestSaidSorryIsNotAVerdict: "I said sorry, so …" reports the apology
// itself. Its "sorry" must not count as the writer judging earlier words,
// which would set aside everything after "I said" as a quotation; a real
// verdict ("That was wrong.") still does.
func TestSaidSorryIsNotAVerdict(t *testing.T) {
	checkRaised(t, "pressure", []raisedCase{
		{"i said sorry so can u stop ignoring me now", true},
		{"I already said I'm sorry, so can we just move on now?", true},
	})
	checkRaised(t, "minimizing", []raisedCase{
		{"I said it was just a joke. That was wrong of me.", false},
		{"I told you it was no big deal, and that was wrong.", false},
	})
}
