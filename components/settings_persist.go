//go:build !js

package components

import "mend/app/store"

// requestPersistence has no browser to ask outside the js build.
func requestPersistence(callback func(persisted bool, err error)) {
	callback(false, store.ErrPersistenceUnavailable)
}
