//go:build js

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	app.Window().Get("performance").Call("mark", "go-main") // as Mend does
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
