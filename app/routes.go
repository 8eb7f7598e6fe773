// Command app is Mend itself. Built for the browser (GOOS=js) it is the
// WebAssembly client; built natively it is the static-site generator that
// prerenders every page into build/ (see main_gen.go).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/components"
)

// registerRoutes tells go-app which component renders each path. Both the
// client and the generator call it, so every route is also prerendered.
func registerRoutes() {
	for _, r := range components.Routes() {
		app.Route(r.Path, r.New)
	}
}
