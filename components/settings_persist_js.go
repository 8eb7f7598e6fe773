//go:build js

package components

import "mend/app/store"

// requestPersistence asks the browser to keep Mend's storage; see
// store.RequestPersistence.
func requestPersistence(callback func(persisted bool, err error)) {
	store.RequestPersistence(callback)
}
