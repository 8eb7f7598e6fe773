//go:build fetchdata

package share

// The app the site ships (-tags fetchdata) leaves the codec's data out of
// app.wasm: it is empty until Load is given it, which the app does before
// it draws its first page. Until then links can be neither made nor read.
var (
	dictEnglish1 []byte
	dictReply1   []byte
	wordList     string
)
