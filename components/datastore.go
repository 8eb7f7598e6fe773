package components

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/store"
)

// This file is the one place the UI reaches the user's data. Every page
// reads and writes it through loadDoc, updateDoc and storeProblem, so the
// rules live here once:
//
//   - The store is opened lazily, once per page load, and only in the
//     browser. Prerendering has no device and no data: there loadDoc
//     returns an empty document, so a prerendered page shows what a
//     first visit would.
//   - When the browser blocks storage, the data lives in memory for this
//     visit (the notices tell the user it will not be kept).
//   - When the stored data cannot be read, the store refuses every save
//     until the user decides what to do on the settings page, so nothing
//     unreadable is ever overwritten. updateDoc then returns an error whose
//     store.UserMessage says so kindly; show it instead of the change.
var userData struct {
	once    sync.Once
	backend store.Backend
	store   *store.Store
}

// browserStorage returns the browser's storage. It is nil outside the
// browser; datastore_js.go sets it, since only the js build can reach
// localStorage.
var browserStorage func() store.Backend

// openStore returns the user's store, opening it on first use. It returns
// nil when the app is not running in a browser (prerendering, tests).
func openStore() *store.Store {
	if !app.IsClient || browserStorage == nil {
		return nil
	}
	userData.once.Do(func() {
		// The browser's storage falls back to memory when it is blocked.
		// A Problem from Open stays with the store: see storeProblem.
		userData.backend = browserStorage()
		userData.store, _ = store.Open(userData.backend, time.Now)
	})
	return userData.store
}

// storage returns the storage the user's store was opened on, for what
// app/store keeps beside the document (the partner's kept copy), or nil
// outside the browser.
func storage() store.Backend {
	if openStore() == nil {
		return nil
	}
	return userData.backend
}

// loadDoc returns a copy of the user's document, freshly read so that a
// change made in another tab shows up. It is empty when prerendering, and
// when the stored data cannot be read (see storeProblem).
func loadDoc() store.Document {
	s := openStore()
	if s == nil {
		return store.Empty()
	}
	s.Reload()
	return s.Doc()
}

// updateDoc applies change to the user's document and saves it at once.
// On failure nothing is saved, and store.UserMessage(err) is the text to
// show. Call it from an event handler with that event's ctx; the
// component re-renders after the handler returns, showing what was saved.
func updateDoc(_ app.Context, change func(*store.Document)) error {
	s := openStore()
	if s == nil {
		// Only reachable from a test: the browser always has a store.
		return &store.Error{Kind: store.KindStorage, Message: "Nothing can be saved here.", Err: store.ErrStorage}
	}
	return s.Update(change)
}

// storeProblem returns what is wrong with the stored data, or nil. While
// there is a problem loadDoc is empty and updateDoc refuses to save; the
// settings page offers the ways out.
func storeProblem() *store.Problem {
	s := openStore()
	if s == nil {
		return nil
	}
	return s.Problem()
}
