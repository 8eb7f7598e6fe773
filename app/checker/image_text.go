//go:build !fetchdata

package checker

// readsText: every build but the app the site ships reads the rule text
// (its own, embedded, or a test's) and compiles it.
const readsText = true

// compile compiles the rule text and reads the part model, once.
func (d *data) compile() {
	if d.full != nil || !d.compileAlone() {
		return
	}
	rs := *d.alone
	if b := d.source.Model(); len(b) > 0 {
		if rs.model, d.err = parseModel(b); d.err != nil {
			d.fail()
			return
		}
	}
	if b := d.source.HarmModel(); len(b) > 0 {
		if rs.harms, d.err = parseModel(b); d.err != nil {
			d.fail()
			return
		}
		rs.lateBar = lateHarmBar
	}
	d.full = &rs
}

// lateHarmBar is how sure the harm classifier must be of a sentence
// further from the apology than the next one: such sentences are mostly
// the apology going on (what happened, what the writer has understood,
// what they will do), so a harm there needs more certainty than beside
// it. It is the lowest bar, in steps of 0.05, at which no such sentence of
// a good apology in lateBarSets raises a harm
// (TestHarmBarsAreTheLowestQuietOnes recomputes it). The app the site
// ships reads it from the engine image (ruleSet.lateBar).
const lateHarmBar = 0.9
