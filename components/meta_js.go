//go:build js

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// setMeta writes a page's title and description into the live document, in
// the places the prerendered page has them: the title and the description
// and Open Graph meta tags. go-app's Page.SetTitle and SetDescription do the
// same through format strings and code that makes missing meta tags, which
// app.wasm need not carry.
func setMeta(_ app.Context, title, description string) {
	doc := app.Window().Get("document")
	doc.Set("title", title)
	tags := [...]string{
		"meta[property='og:title']", title,
		"meta[name='description']", description,
		"meta[property='og:description']", description,
	}
	for i := 0; i < len(tags); i += 2 {
		if tag := doc.Call("querySelector", tags[i]); tag.Truthy() {
			tag.Call("setAttribute", "content", tags[i+1])
		}
	}
}
