//go:build fetchdata

package checkerdata

// Embedded returns nil: this build, the app the site ships, leaves the
// checker's data out of app.wasm. The app fetches it as one file that
// the site build writes (Encode) and hands it to the checker.
func Embedded() *Data { return nil }
