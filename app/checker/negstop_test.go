package checker

import "testing"

// TestNegationStopsAtANewClause checks that a negation does not reach past
// a word that opens a clause of its own ("when", "while") nor into a
// clause that opens with "but": what follows is read as said, while the
// same words in the negation's own clause stay negated, and a "because"
// clause stays in its reach ("I didn't yell because you…").
func TestNegationStopsAtANewClause(t *testing.T) {
	checkRaised(t, "blame", []raisedCase{
		{"Don't act hurt when you did the same thing.", true},
		{"Don't play the victim while you do it all the time.", true},
		{"I won't pretend you did the same thing.", false},
		{"I didn't mean to yell but you kept pushing me.", true},
		{"I didn't yell because you were rude. I yelled because I was scared.", false},
		{"I'm not saying you did the same to me.", false},
		{"I never said you did it first.", false},
	})
}
