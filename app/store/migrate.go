package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// A migration upgrades a document, decoded as generic JSON, by one version:
// migrations[i] turns version i+1 into version i+2. It changes the map in
// place and need not touch "v"; migrate sets it. Steps must keep everything
// the user wrote: move it, rename it, but never drop it.
type migration func(doc map[string]any) error

// migrations is the chain from version 1 to Version;
// TestMigrationChainCoversEveryVersion checks that it has one step per
// version.
var migrations = []migration{
	// 1 → 2: reply links. Version 2 adds fields only (the document's
	// "replies", a boundary's "proposed" and "from", a question's "from"),
	// all optional, so a version 1 document is already a valid version 2
	// one. The version still goes up, so that an older Mend refuses a
	// document with replies instead of dropping them on its next save.
	func(map[string]any) error { return nil },
}

// Decode reads a stored document, upgrading it from any earlier version to
// Version, and checks it with Document.Validate. It never changes the input.
//
// A text that is not JSON wraps ErrUnreadable (Problem kind KindCorrupt);
// a document from a newer version wraps ErrNewerVersion (KindNewer); JSON
// that is not an object with a whole-number "v" of at least 1, has fields
// this version does not know, or fails validation wraps ErrUnreadable
// (KindShape).
func Decode(raw []byte) (Document, error) {
	return decode(raw, migrations)
}

// decodeError is a failure to read a document, with the Problem kind it
// maps to.
type decodeError struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	kind Kind
	err  error
}

func (e *decodeError) Error() string { return e.err.Error() }
func (e *decodeError) Unwrap() error { return e.err }

func shapeError(format string, args ...any) error {
	return &decodeError{kind: KindShape, err: fmt.Errorf("%w: "+format, append([]any{ErrUnreadable}, args...)...)}
}

// decodeKind returns the Problem kind for an error from decode.
func decodeKind(err error) Kind {
	if de, ok := errors.AsType[*decodeError](err); ok {
		return de.kind
	}
	return KindShape
}

func decode(raw []byte, chain []migration) (Document, error) {
	if !json.Valid(raw) {
		return Document{}, &decodeError{kind: KindCorrupt, err: fmt.Errorf("%w: not JSON", ErrUnreadable)}
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil || m == nil {
		return Document{}, shapeError("not a JSON object")
	}
	v, err := version(m)
	if err != nil {
		return Document{}, err
	}
	target := len(chain) + 1
	if v > target {
		return Document{}, &decodeError{kind: KindNewer, err: fmt.Errorf("%w: version %d, this Mend reads up to %d", ErrNewerVersion, v, target)}
	}
	if err := migrate(m, v, chain); err != nil {
		return Document{}, err
	}
	upgraded, err := json.Marshal(m)
	if err != nil {
		return Document{}, shapeError("%v", err)
	}
	var d Document
	strict := json.NewDecoder(bytes.NewReader(upgraded))
	strict.DisallowUnknownFields()
	if err := strict.Decode(&d); err != nil {
		return Document{}, shapeError("%v", err)
	}
	if err := d.Validate(); err != nil {
		return Document{}, shapeError("%v", err)
	}
	return d, nil
}

// version reads the "v" of a generic document.
func version(m map[string]any) (int, error) {
	raw, ok := m["v"]
	if !ok {
		return 0, shapeError(`no "v" (version) field`)
	}
	n, ok := raw.(json.Number)
	if !ok {
		return 0, shapeError(`"v" is not a number`)
	}
	if strings.ContainsAny(n.String(), ".eE") {
		return 0, shapeError(`"v" %s is not a whole number`, n)
	}
	v, err := n.Int64()
	switch {
	case strings.HasPrefix(n.String(), "-") || err == nil && v < 1:
		return 0, shapeError(`"v" %s is below 1`, n)
	case err != nil || v > 1<<31:
		// Too large for any version this code could have written.
		return 0, &decodeError{kind: KindNewer, err: fmt.Errorf("%w: version %s", ErrNewerVersion, n)}
	}
	return int(v), nil
}

// migrate runs the steps of chain from version v to the end, setting "v"
// after each.
func migrate(m map[string]any, v int, chain []migration) error {
	for ; v <= len(chain); v++ {
		if err := chain[v-1](m); err != nil {
			return shapeError("upgrading from version %d: %v", v, err)
		}
		m["v"] = v + 1
	}
	return nil
}
