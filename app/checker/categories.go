package checker

// The five parts of a full apology. A Component with one of these
// categories is always reported; a Finding with one of them means the part
// is missing or weak.
const (
	Ownership   = "ownership"   // saying sorry and admitting what you did
	Specificity = "specificity" // naming the act concretely
	Impact      = "impact"      // acknowledging what it did to them
	Remedy      = "remedy"      // offering to put it right
	Commitment  = "commitment"  // saying what will stop it happening again
)

// The kinds of harmful language a Finding can report.
const (
	Excuse      = "excuse"       // a reason that dilutes the apology ("but I was tired")
	Conditional = "conditional"  // making the harm hypothetical ("sorry if")
	Blame       = "blame"        // shifting responsibility to them or to others
	Minimizing  = "minimizing"   // making the act or their reaction smaller
	Pressure    = "pressure"     // pushing for forgiveness on your timetable
	Defensive   = "defensive"    // defending your character, intent or words
	Passive     = "passive"      // hiding who did it ("mistakes were made")
	Vague       = "vague"        // placeholders instead of what happened
	RegretOnly  = "regret_only"  // regret or sympathy instead of an apology
	OverPromise = "over_promise" // promises no one could keep or check
)

// Components lists the five parts in the order Report.Components uses.
var Components = []string{Ownership, Specificity, Impact, Remedy, Commitment}

// Categories lists every category, the five parts first.
var Categories = []string{
	Ownership, Specificity, Impact, Remedy, Commitment,
	Excuse, Conditional, Blame, Minimizing, Pressure, Defensive, Passive, Vague, RegretOnly, OverPromise,
}

// categoryStep is the one table that ties a category to the guide step
// (a journey slug) that explains it.
var categoryStep = map[string]string{
	Ownership:   "own-it",
	Specificity: "apologize",
	Impact:      "listen",
	Remedy:      "make-amends",
	Commitment:  "explain-and-prevent",
	Excuse:      "own-it",
	Conditional: "apologize",
	Blame:       "own-it",
	Minimizing:  "listen",
	Pressure:    "be-patient",
	Defensive:   "own-it",
	Passive:     "own-it",
	Vague:       "apologize",
	RegretOnly:  "apologize",
	OverPromise: "keep-promises",
}

// StepFor returns the slug of the guide step that explains a category, or
// "" for an unknown category.
func StepFor(category string) string {
	return categoryStep[category]
}

func validCategory(c string) bool {
	_, ok := categoryStep[c]
	return ok
}

func isComponent(c string) bool {
	for _, x := range Components {
		if x == c {
			return true
		}
	}
	return false
}
