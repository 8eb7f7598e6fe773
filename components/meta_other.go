//go:build !js

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// setMeta gives the prerendered page its title and description.
func setMeta(ctx app.Context, title, description string) {
	ctx.Page().SetTitle("%s", title)
	ctx.Page().SetDescription("%s", description)
}
