//go:build fetchdata

package checker

// readsText: the app the site ships reads its rules only as an engine
// image, which the site build compiled, so nothing it runs reaches the
// rule compiler (loadRules and all below it) and the linker leaves it out
// of app.wasm. (rulesAlone still reaches it, for training only.) Nor does
// it train, so what a reading keeps for training (readsText &&
// a.keepFeats in parts.go and learned.go) is left out too.
const readsText = false

// compile has nothing to compile: Load takes no rule text here.
func (d *data) compile() {}
