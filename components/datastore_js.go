//go:build js

package components

import "mend/app/store"

// In the browser the user's data lives in localStorage. store.Browser
// falls back to memory when the browser blocks storage; only the js build
// has it.
func init() {
	browserStorage = func() store.Backend {
		backend, _ := store.Browser()
		return backend
	}
}
