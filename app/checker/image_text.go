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
	}
	d.full = &rs
}
