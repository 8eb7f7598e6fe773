//go:build js

package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/share"
	"mend/content/asset"
	"mend/content/guide"
)

// loadContent gives the guide and the share codec the text the loader
// fetched (window.mendContent, see content.go), before the program draws
// anything. The loader started fetching it beside app.wasm and sets it
// once it has arrived (null when it could not be had), so the Go runtime
// starts meanwhile; by now it has mostly arrived, else this waits a few
// milliseconds at a time (for a stalled download, the loader sets null
// after a few seconds). When it could not be had, or is not whole, the
// program starts all the same: the guide's pages and the share pages then
// say calmly that part of Mend did not load.
func loadContent() {
	v := app.Window().Get("mendContent")
	for v.IsUndefined() {
		time.Sleep(2 * time.Millisecond)
		v = app.Window().Get("mendContent")
	}
	if !v.Truthy() {
		return
	}
	b := make([]byte, v.Get("length").Int())
	app.CopyBytesToGo(b, v)
	app.Window().Set("mendContent", nil)
	bundle, err := asset.Decode(contentKind, contentWhat, b)
	if err != nil {
		return
	}
	if words, err := bundle.ReadFile(guideFile); err == nil {
		guide.Load(words)
	}
	share.Load(func(name string) ([]byte, error) { return bundle.ReadFile(sharePrefix + name) })
}
