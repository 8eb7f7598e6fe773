//go:build fetchdata

package guide

// The app the site ships (-tags fetchdata) leaves the guide's words out
// of app.wasm: they are empty until Load is given them, which the app
// does before it draws its first page.
var (
	Steps   []Step
	Pages   []Page
	Home    Journey
	Sources []Source
)
