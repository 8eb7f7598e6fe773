package checker

import (
	"slices"
	"testing"
)

// TestStructure checks what structure reads in drafts: a concrete act of
// the writer's (specificity can be there) and a consequence for someone
// else (impact can be there).
func TestStructure(t *testing.T) {
	checkStructure(t, partSpecificity, "names an act", partImpact, "says a consequence", []structureCase{
		{"I read your messages on Tuesday.", true, false},
		{"i forgot to pick up jake", true, false},
		{"I shouted at you in front of your parents.", true, false},
		{"I'm sorry for forgetting your birthday.", true, false},
		{"Sorry that my dog bit your son.", true, true},
		{"I had your phone all day.", true, false},
		{"It was thoughtless of me to book the trip over your birthday.", true, false},
		{"My comment about your sister was out of line.", true, false},
		{"The lie about the money was mine.", true, false},
		{"The room laughed at you.", false, true},
		{"I shouted at you.", true, false},
		{"I'm sorry I didn't invite you.", true, false},
		{"Apologies to the whole book club for hijacking last month's meeting.", true, false},
		{"Sorry I'm late!", true, false},
		{"Because of me, you all worked late.", false, true},
		{"My words made many people feel unwelcome.", false, true},
		{"Everyone worked all season for that chance.", false, true},
		{"That was wrong of me.", false, false},
		{"I'll tell you everything I read.", true, false},
		{"The little ones were frightened by the shouting.", false, true},
		{"Things I did wrong:\n- lied about the money\n- skipped the party", true, false},
		{"I know I messed up.", false, false},
		{"I'm sorry for everything.", false, false},
		{"Sorry about the other day.", false, false},
		{"I'm sorry for how things went.", false, false},
		{"I hurt you and I let you down.", false, false},
		{"I'm sorry I messed up.", false, false},
		{"I was a jerk. I take full responsibility.", false, false},
		{"I'm sorry for my behaviour last night.", false, false},
		{"I'll take you to dinner on Friday.", false, false},
		{"If I read your texts, I'm sorry.", false, false},
		{"You waited for an hour.", false, true},
		{"Your phone died and you couldn't call your mum.", false, true},
		{"You told me you barely slept.", false, true},
		{"It put you in an awful spot with your client.", false, true},
		{"Kim had to redo the slides.", false, true},
		{"Residents were left without water.", false, true},
		{"It was hard on you.", false, true},
		{"You didn't say a word the whole drive home.", false, true},
		{"I know you were at work.", false, false},
		{"You can pick the restaurant.", false, false},
		{"I'll make time for you.", false, false},
		{"I feel terrible.", false, false},
		{"I'm so sorry about your favourite mug.", false, false},
		{"Sorry about your bike, man.", false, false},
		{"Sorry about your bike, which I borrowed without asking.", true, false},
	})
}

// TestStructureOfRemedy checks where structure finds that the writer may
// offer or make a repair, and where it finds only what happened.
func TestStructureOfRemedy(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'll pay for the screen.", true},
		{"We can redo the photos next weekend.", true},
		{"I'd love to take you out to celebrate.", true},
		{"I've sent the corrected figures to everyone.", true},
		{"I paid the fine this morning.", true},
		{"We are covering their costs.", true},
		{"Let me cook on Friday.", true},
		{"Dinner's on me.", true},
		{"What can I do?", true},
		{"The council will pay for the permits.", true},
		{"The caption has been corrected.", true},
		{"You stopped halfway and said never mind, and I could tell you felt brushed off.", false},
		{"You waited an hour in the rain.", false},
		{"I know it hurt.", false},
		{"I'm sorry I forgot your birthday.", false},
		{"I have been thinking about it all week.", false},
		// A gesture at a repair names no step (gesture).
		{"I'll make it up to you, I promise.", false},
		{"ill make amends", false},
		{"We'll sort something out for you.", false},
		{"I'll make it up to you by cooking on Friday.", true},
		{"I'll make it up to you with dinner at Luca's.", true},
	} {
		ev := analyzeFor(rules(), c.text, readSettled).structure()
		if got := ev&(1<<partRemedy) != 0; got != c.want {
			t.Errorf("%q: may offer a repair = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestStructureOfTheOtherParts checks what structure reads for ownership
// (the writer as the one who acted) and commitment (a repair already
// made with nothing ahead is bare).
func TestStructureOfTheOtherParts(t *testing.T) {
	checkStructure(t, partOwnership, "the writer acts", partCommitment, "may carry a commitment", []structureCase{
		{"I'm sorry I yelled at you.", true, true},
		{"I know I hurt you.", true, true},
		{"That was selfish of me.", true, true},
		{"The blame is all on me.", true, true},
		{"It was me who let the dog out.", true, true},
		{"Sorry for being late to the game.", true, true},
		{"Our bins were not collected for three weeks.", true, true},
		{"I'm sorry things got so heated.", false, true},
		{"I'm sorry you feel that way.", false, true},
		{"Sorry if anything I said came out wrong.", false, true},
		{"We regret that some passengers were delayed.", false, true},
		{"I feel terrible about your car.", false, true},
		{"I'll watch my tone from now on.", false, true},
		{"In future I will return your work within a week.", false, true},
		{"I'll drive more carefully from now on.", false, true},
		{"I've sent the report now.", true, false},
		{"We have refunded your card.", true, false},
		{"We have refunded your card, and every order is now checked twice.", true, true},
		{"I've paid the fee and I set an alarm every Sunday.", true, true},
	})
}

// structureCase is a draft and whether structure reads each of two parts
// in it.
type structureCase struct {
	text          string
	first, second bool
}

// checkStructure checks what structure reads in each case for parts
// first and second, named by what their bit says.
func checkStructure(t *testing.T, first int, firstSays string, second int, secondSays string, cases []structureCase) {
	t.Helper()
	for _, c := range cases {
		ev := analyzeFor(rules(), c.text, readSettled).structure()
		if got := ev&(1<<first) != 0; got != c.first {
			t.Errorf("%q: %s = %v, want %v", c.text, firstSays, got, c.first)
		}
		if got := ev&(1<<second) != 0; got != c.second {
			t.Errorf("%q: %s = %v, want %v", c.text, secondSays, got, c.second)
		}
	}
}

// TestBareDraftIsMissingNotUnsure: a draft that names no act, or says
// nothing of what it did to them, is told the part is missing, with the
// part's hint, not asked about it.
func TestBareDraftIsMissingNotUnsure(t *testing.T) {
	for _, c := range []struct{ text, part string }{
		{"I know I messed up. You were really hurt. I'll make it up to you, and I'll be more careful from now on.", Specificity},
		{"Sorry for everything, it was all on me. You cried all night. Let me take you to dinner, and I'll listen better from now on.", Specificity},
		{"I'm sorry I read your journal. That was wrong of me. I'll tell you everything I read, and I won't go into your room again.", Impact},
		{"I'm sorry things got so tense at the barbecue. Your dad left early and you were embarrassed.", Ownership},
		{"Sorry about your bike, man. You had to walk the whole route this morning. From now on I'll ask before I borrow it.", Ownership},
		{"I'm sorry I didn't help with the move. I know you had to do it all alone and your back still hurts.", Remedy},
		{"I'm sorry I forgot to send the report. The team had to wait on me all afternoon. I've sent it now.", Commitment},
	} {
		for _, comp := range CheckFinished(c.text).Components {
			if comp.Category == c.part && (comp.State != StateMissing || comp.Hint == "") {
				t.Errorf("%q: %s is %s with hint %q, want missing with a hint", c.text, c.part, comp.State, comp.Hint)
			}
		}
	}
}

// TestStructureClassBits checks the class bits structure.go names against
// the classes' places in wordClasses.
func TestStructureClassBits(t *testing.T) {
	for name, bit := range map[string]wordInfo{"ACT": actBit, "ACTING": actingBit, "FEELING": feelingBit, "HARM": harmBit, "REPAIR": repairBit, "GENERIC": genericBit, "INTENS": intensBit, "COMMITVERB": commitBit, "REPAIRED": repairedBit} {
		if want := wordInfo(1) << slices.Index(wordClasses, name); bit != want {
			t.Errorf("%s is bit %b, want %b", name, bit, want)
		}
	}
}

// TestOwnershipWhenTheCauseIsElsewhere checks causeElsewhere: an apology
// that hands the cause to someone or something else, and owns no act of
// the writer's, is missing ownership however owning it sounds; one that
// owns its act beside the same reason keeps it.
func TestOwnershipWhenTheCauseIsElsewhere(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"We apologise to customers whose orders arrived late this week. The delays were caused by our courier partner.", StateMissing},
		{"We apologise for the delays to deliveries this month. We have been dealing with unprecedented demand.", StateMissing},
		{"I'm sorry the giveaway prizes haven't arrived. My editor was meant to post them and dropped the ball.", StateMissing},
		{"We apologise for the delays to deliveries this month. We took on more orders than our drivers could carry.", StatePresent},
		{"I'm sorry I snapped at you this morning. I was exhausted after the night shift.", StatePresent},
		{"I'm sorry I haven't visited since your fall. Uni has been so full on with exams.", StatePresent},
	} {
		rep := CheckFinished(c.text)
		if got := rep.Components[partOwnership].State; got != c.want {
			t.Errorf("ownership of %q = %s, want %s", c.text, got, c.want)
		}
	}
}
