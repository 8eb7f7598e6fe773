// Package checkerexamples holds the fire/pass examples of the checker's
// harm rules, in files named like the rule files they belong to. Only
// tests import it, so the examples stay out of the app's binary.
//
//	rule BLAME-01                        the rule the examples below belong to
//	fire: You made me so angry.          a draft the rule must fire on
//	pass: No one made me do it.          a draft it must stay quiet on
//
// Lines starting with # are comments. A rule may also keep examples
// inline in its own file; each rule needs at least one of each kind,
// counting both places.
package checkerexamples

import "embed"

// Files holds every *.rules file of examples.
//
//go:embed *.rules
var Files embed.FS
