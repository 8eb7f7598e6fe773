package checker

import "testing"

// TestVerdictReadsTheNextSentence checks that a rule's unless is read in a
// short next sentence that looks back ("That doesn't make it okay."), and
// only there: a next sentence that opens some other way, or a verdict two
// sentences on, leaves the rule to fire.
func TestVerdictReadsTheNextSentence(t *testing.T) {
	checkRaised(t, "excuse", []raisedCase{
		{"I'm sorry I snapped. I was tired. That doesn't make it okay.", false},
		{"I'm sorry I snapped. I was tired. But that's no excuse.", false},
		{"I'm sorry I snapped. I was tired. That's why I did it.", true},
		{"I'm sorry I snapped. I was tired. You know how I get. That's no excuse.", true},
		{"I'm sorry I snapped. I was tired. I will rest more.", true},
		{"I'm sorry I snapped. I was tired. Not that it excuses anything.", false},
		{"I'm sorry I snapped. I was tired. That is what I keep telling myself, and it is not an excuse.", true},
		{"I'm sorry I snapped. I was tired. You know that's no excuse.", true},
	})
}
